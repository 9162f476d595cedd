package com.ublives.recovery.storage;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
            throw new IOException("not readable: " + file);
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
            // a database H2 wrote always has its tables' maps; a store without any is one H2 would start afresh
            return store.getMapNames().isEmpty() ? Verdict.DAMAGED : Verdict.READABLE;
        } catch (MVStoreException e) {
            return Verdict.DAMAGED;
        } finally {
            store.closeImmediately();
        }
    }
}
