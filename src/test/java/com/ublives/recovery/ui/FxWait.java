package com.ublives.recovery.ui;

import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Reads the screen on the FX thread. A look-up from a test's own thread walks children lists that the FX
 * thread may be changing at that moment (a window starting while its data opens, a form scrolling to the
 * focus), and failed CI twice with an IndexOutOfBoundsException from inside TestFX's look-up.
 */
public final class FxWait {

    private FxWait() {
    }

    /** The query's answer, read on the FX thread (at once when already there). */
    public static <T> T onFx(Callable<T> query) {
        try {
            return Platform.isFxApplicationThread() ? query.call()
                    : WaitForAsyncUtils.asyncFx(query).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the condition, read on the FX thread, holds. A condition that throws (a node the screen is
     * still building or has just swapped out) counts as not yet.
     */
    public static void await(long seconds, BooleanSupplier condition) {
        if (Platform.isFxApplicationThread()) {
            // a wait inside another wait's condition: the FX thread cannot wait for itself, so "not yet"
            // goes up to the outer wait, which asks again
            if (!condition.getAsBoolean()) {
                throw new IllegalStateException("not yet");
            }
            return;
        }
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(() -> {
                try {
                    return condition.getAsBoolean();
                } catch (RuntimeException notThereYet) {
                    return false;
                }
            }));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + seconds + " s in vain", e);
        }
    }
}
