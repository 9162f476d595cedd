package com.ublives.recovery.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Programs on one data folder take turns at opening it. H2 decides who serves the file through a lock
 * file that each newcomer rewrites and then watches for two seconds; two newcomers at once spoil each
 * other's look and both fail ("Lock file recently modified", a false "in use"). One at a time, each
 * newcomer finds the serving program and connects to it. The turn is an operating-system lock on a
 * small file beside the database ({@value #NAME}), which the system releases even when a program is
 * killed; within one program a plain lock does the same.
 */
final class OpeningTurn implements AutoCloseable {

    static final String NAME = Database.FILE_NAME + ".opening.lock";
    /** Each turn lasts one opening (seconds); a queue of programs on a busy machine may take minutes. */
    static final long LIMIT_MS = 180_000;
    private static final ReentrantLock IN_THIS_PROGRAM = new ReentrantLock();

    private final FileChannel channel;
    private final FileLock lock;

    private OpeningTurn(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits for this program's turn (telling patience it waits), then holds it until closed. */
    static OpeningTurn take(Path folder, Patience patience) throws IOException {
        IN_THIS_PROGRAM.lock();
        FileChannel channel = null;
        try {
            channel = FileChannel.open(folder.resolve(NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileChannel open = channel;
            FileLock[] held = new FileLock[1];
            patience.await(() -> (held[0] = tryLock(open)) != null, LIMIT_MS);
            if (held[0] == null) {
                throw new com.ublives.recovery.i18n.PhrasedFileException(com.ublives.recovery.i18n.Phrase.of("failure.storage.turnKept", folder));
            }
            return new OpeningTurn(channel, held[0]);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                channel.close();
            }
            IN_THIS_PROGRAM.unlock();
            throw e;
        }
    }

    private static FileLock tryLock(FileChannel channel) {
        try {
            return channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the system releases the lock with the channel in any case
        } finally {
            IN_THIS_PROGRAM.unlock();
        }
    }
}
