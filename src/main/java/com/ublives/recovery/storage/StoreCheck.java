package com.ublives.recovery.storage;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads an existing database file before H2 opens it for writing. H2 treats a file it cannot find a
 * valid state in (cut short, emptied) as a new, empty database and writes a fresh one over it; this
 * check opens the file read-only, which writes nothing, so such a file is refused and left byte for
 * byte as it was. It costs one read of the file's header and newest chunk (tens of milliseconds).
 */
final class StoreCheck {

    enum Verdict {
        /** Holds a database: open it. */
        READABLE,
        /** Another program has it open, so it was readable to that program: open it through that program. */
        IN_USE,
        /** Empty, cut short or corrupt: never open it for writing. */
        DAMAGED
    }

    private StoreCheck() {
    }

    /**
     * @param file an existing {@code recovery.mv.db}
     * @throws IOException when the file cannot be read at all (permissions)
     */
    static Verdict check(Path file) throws IOException {
        if (Files.size(file) == 0) {
            return Verdict.DAMAGED;
        }
        if (!Files.isReadable(file)) {
            throw new java.nio.file.AccessDeniedException(file.toString()); // FileTrouble names it
        }
        // An encrypted file (a cipher option) would be opened here with the same key: Builder.encryptionKey.
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(HexPath.nameOf(file.toString())).readOnly().open();
        } catch (MVStoreException e) {
            return e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED ? Verdict.IN_USE : Verdict.DAMAGED;
        } catch (RuntimeException e) {
            // H2 reports some cut-short files as failed channel operations rather than as corruption
            return Verdict.DAMAGED;
        }
        try {
            if (cutBeforeItsNewestChunk(file)) {
                // H2 fell back to an older chunk it still found: a past state, opened without a word
                return Verdict.DAMAGED;
            }
            // a database H2 wrote always has its tables' maps; a store without any is one H2 would start afresh
            return store.getMapNames().isEmpty() ? Verdict.DAMAGED : Verdict.READABLE;
        } catch (MVStoreException e) {
            return Verdict.DAMAGED;
        } finally {
            store.closeImmediately();
        }
    }

    /**
     * Whether the file ends before the chunk its header names, with that chunk's own length. H2 writes
     * the header when it closes the file cleanly and whenever the chunk it names is no longer the one
     * to start from, so a whole file always holds that chunk. A header that does not parse is left to
     * H2's own reading below.
     */
    private static boolean cutBeforeItsNewestChunk(Path file) throws IOException {
        long size = Files.size(file);
        Map<String, String> header = line(file, 0);
        if (header == null) {
            return false;
        }
        long blockSize = DataUtils.readHexLong(header, "blockSize", 4096);
        long block = DataUtils.readHexLong(header, "block", -1);
        if (block < 0 || blockSize <= 0) {
            return false;
        }
        long start = block * blockSize;
        if (start + blockSize > size) {
            return true;
        }
        Map<String, String> chunk = line(file, start);
        long blocks = chunk == null ? 1 : DataUtils.readHexLong(chunk, "len", 1);
        return start + blocks * blockSize > size;
    }

    /** The key:value line at {@code position} (a store header or a chunk header), or null when there is none. */
    private static Map<String, String> line(Path file, long position) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer buffer = ByteBuffer.allocate(1024);
            channel.position(position);
            channel.read(buffer);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.ISO_8859_1);
            int end = text.indexOf('\n');
            if (end <= 0) {
                return null;
            }
            return DataUtils.parseMap(text.substring(0, end).trim());
        } catch (RuntimeException unparsable) {
            return null;
        }
    }
}
