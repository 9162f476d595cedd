package com.ublives.recovery.storage;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waiting for another program on the same data folder. While one program starts serving the file or
 * stops, the others see H2's lock-file errors for a moment ("Lock file recently modified", "in use");
 * they try again with growing pauses instead of failing. The person hears of it once, and only when
 * the wait has lasted a few seconds.
 */
final class Patience {

    static final long NOTICE_AFTER_MS = 3_000;
    /** How long opening keeps trying while other programs start and stop. */
    static final long LIMIT_MS = 45_000;
    /**
     * A program that holds the file without sharing it says "in use" for good; one that is starting to
     * share it says so only for a moment. Past this, "in use" is taken as the former.
     */
    static final long IN_USE_LIMIT_MS = 20_000;

    private final Runnable notice;
    private boolean told;

    Patience(Runnable notice) {
        this.notice = notice;
    }

    /** Runs attempt until it succeeds, or fails other than passing, or has kept failing too long. */
    <T> T retry(Supplier<T> attempt, Predicate<RuntimeException> passing) {
        long start = System.nanoTime();
        long pause = 50;
        while (true) {
            try {
                return attempt.get();
            } catch (RuntimeException e) {
                long waited = (System.nanoTime() - start) / 1_000_000;
                if (!passing.test(e) || waited > limitFor(e)) {
                    throw e;
                }
                pause(waited, pause);
                pause = Math.min(pause * 2, 1_000);
            }
        }
    }

    /** Waits until done() is true, or up to limitMs; returns done()'s last answer. */
    boolean await(BooleanSupplier done, long limitMs) {
        long start = System.nanoTime();
        while (!done.getAsBoolean()) {
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > limitMs) {
                return false;
            }
            pause(waited, 100);
        }
        return true;
    }

    private static long limitFor(RuntimeException e) {
        return StorageException.inUse(e) ? IN_USE_LIMIT_MS : LIMIT_MS;
    }

    private void pause(long waitedMs, long pauseMs) {
        if (!told && waitedMs >= NOTICE_AFTER_MS) {
            told = true;
            notice.run();
        }
        try {
            // jitter, so two programs that failed together do not try again together
            Thread.sleep(pauseMs + ThreadLocalRandom.current().nextLong(pauseMs / 2 + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the data folder", interrupted);
        }
    }
}
