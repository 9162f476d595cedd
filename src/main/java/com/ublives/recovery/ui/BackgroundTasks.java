package com.ublives.recovery.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * The one way slow work (database, files, printing) leaves the JavaFX thread: it runs on a small
 * pool of daemon threads and its result or failure comes back on the FX thread, where nodes may be
 * touched. Tests pass a direct executor for the "FX thread" to run everything in line.
 */
public final class BackgroundTasks implements AutoCloseable {

    private final ExecutorService workers;
    private final Executor fxThread;

    public BackgroundTasks(Executor fxThread) {
        this.fxThread = fxThread;
        this.workers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "background-task");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs work off the FX thread; exactly one of onSuccess or onFailure is then called on it. After
     * {@link #close} (the window is closing) work is dropped: a screen's late callback must not throw.
     */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        CompletableFuture<T> future = new CompletableFuture<>();
        try {
            workers.execute(() -> runAndReport(work, onSuccess, onFailure, future));
        } catch (RejectedExecutionException closed) {
            future.cancel(false);
        }
        return future;
    }

    private <T> void runAndReport(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure,
                                  CompletableFuture<T> future) {
        try {
            T result = work.call();
            fxThread.execute(() -> onSuccess.accept(result));
            future.complete(result);
        } catch (Throwable failure) {
            fxThread.execute(() -> onFailure.accept(failure));
            future.completeExceptionally(failure);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
