package com.ublives.recovery.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way slow work (database, files, printing) leaves the JavaFX thread: it runs on a small
 * pool of daemon threads and its result or failure comes back on the FX thread, where nodes may be
 * touched. Every future it returns completes only after the FX thread has applied the answer, so a
 * test or a chained command that waits for it sees the screen's state caught up. A screen that asks
 * the same question again and again (a day's sessions, the dashboard) asks through {@link #latest()}:
 * only the newest request's answer is applied, a late answer to an earlier one is dropped.
 * Tests pass a direct executor for the "FX thread" to run everything in line.
 */
public final class BackgroundTasks implements AutoCloseable {

    private static final CompletableFuture<Void> NOTHING_MORE = CompletableFuture.completedFuture(null);

    private final ExecutorService workers;
    private final Executor fxThread;
    private final Map<String, BackgroundTasks> lanes = new HashMap<>();

    public BackgroundTasks(Executor fxThread) {
        this(fxThread, Executors.newFixedThreadPool(2, daemon("background-task")));
    }

    private BackgroundTasks(Executor fxThread, ExecutorService workers) {
        this.fxThread = fxThread;
        this.workers = workers;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Work of one kind on a thread of its own, one task at a time in the order asked: it never waits behind
     * the shared threads' reads and saves (the sheet previews, which a person waits for, while the screens
     * read their data at start-up). The same name gives the same lane; closing these tasks closes it too.
     */
    public synchronized BackgroundTasks lane(String name) {
        return lanes.computeIfAbsent(name, n -> new BackgroundTasks(fxThread, Executors.newSingleThreadExecutor(daemon(n))));
    }

    /**
     * Runs work off the FX thread; exactly one of onSuccess or onFailure is then called on it. The future
     * completes after that call: with the result, or exceptionally with the failure. After {@link #close}
     * (the window is closing) work is dropped and the future cancelled: a screen's late callback must not throw.
     */
    public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return submit(work, () -> true, onSuccess, onFailure);
    }

    /**
     * As {@link #run}, for a caller that only waits until the screen has caught up: the future completes
     * normally once either callback has run (the failure was told by onFailure).
     */
    public <T> CompletableFuture<Void> apply(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        return chain(work, andNothingMore(onSuccess), onFailure);
    }

    /**
     * Work whose result starts more work on the FX thread (a save reads the dashboard again): the future
     * completes once what {@code then} started has completed, or once onFailure has run.
     */
    public <T> CompletableFuture<Void> chain(Callable<T> work, Function<? super T, ? extends CompletionStage<?>> then,
                                            Consumer<Throwable> onFailure) {
        return chain(work, () -> true, then, onFailure);
    }

    /** A line of requests of which only the newest is answered; one per question a screen asks again. */
    public Latest latest() {
        return new Latest();
    }

    @Override
    public void close() {
        workers.shutdownNow();
        synchronized (this) {
            lanes.values().forEach(BackgroundTasks::close);
        }
    }

    /**
     * Requests where the latest wins: each new request makes the answers still on their way to the earlier
     * ones late, and a late answer (result or failure) is dropped on arrival, so a slow read for yesterday
     * never replaces today's list. A dropped answer's future completes as it would have, without the callbacks.
     */
    public final class Latest {

        // Requests are made on the FX thread and answers checked there; atomic all the same, it costs nothing.
        private final AtomicLong newest = new AtomicLong();

        private Latest() {
        }

        public <T> CompletableFuture<T> run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            return submit(work, stillNewest(), onSuccess, onFailure);
        }

        public <T> CompletableFuture<Void> apply(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            return chain(work, andNothingMore(onSuccess), onFailure);
        }

        public <T> CompletableFuture<Void> chain(Callable<T> work, Function<? super T, ? extends CompletionStage<?>> then,
                                                Consumer<Throwable> onFailure) {
            return BackgroundTasks.this.chain(work, stillNewest(), then, onFailure);
        }

        /** Every answer still on its way is late now (the screen cleared what it would have filled). */
        public void dropPending() {
            newest.incrementAndGet();
        }

        private BooleanSupplier stillNewest() {
            long mine = newest.incrementAndGet();
            return () -> newest.get() == mine;
        }
    }

    /** onSuccess as the last step of a chain. */
    private static <T> Function<T, CompletionStage<?>> andNothingMore(Consumer<? super T> onSuccess) {
        return result -> {
            onSuccess.accept(result);
            return NOTHING_MORE;
        };
    }

    private <T> CompletableFuture<Void> chain(Callable<T> work, BooleanSupplier wanted,
                                             Function<? super T, ? extends CompletionStage<?>> then,
                                             Consumer<Throwable> onFailure) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicBoolean answered = new AtomicBoolean();
        submit(work, wanted, result -> {
            answered.set(true);
            CompletionStage<?> next;
            try {
                next = then.apply(result);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                throw e;
            }
            next.whenComplete((ignored, failure) -> done.complete(null));
        }, failure -> {
            answered.set(true);
            try {
                onFailure.accept(failure);
            } finally {
                done.complete(null);
            }
        }).whenComplete((ignored, failure) -> {
            if (!answered.get()) {
                done.complete(null); // dropped as late, or the window closed: nothing more will happen
            }
        });
        return done;
    }

    private <T> CompletableFuture<T> submit(Callable<T> work, BooleanSupplier wanted, Consumer<? super T> onSuccess,
                                            Consumer<Throwable> onFailure) {
        CompletableFuture<T> applied = new CompletableFuture<>();
        try {
            workers.execute(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Throwable failure) {
                    answer(applied, wanted, () -> onFailure.accept(failure), () -> applied.completeExceptionally(failure));
                    return;
                }
                answer(applied, wanted, () -> onSuccess.accept(result), () -> applied.complete(result));
            });
        } catch (RejectedExecutionException closed) {
            applied.cancel(false);
        }
        return applied;
    }

    /** On the FX thread: the callback (unless the answer is late), then the future. */
    private void answer(CompletableFuture<?> applied, BooleanSupplier wanted, Runnable callback, Runnable complete) {
        try {
            fxThread.execute(() -> {
                try {
                    if (wanted.getAsBoolean()) {
                        callback.run();
                    }
                } catch (RuntimeException | Error e) {
                    applied.completeExceptionally(e);
                    throw e;
                }
                complete.run();
            });
        } catch (RuntimeException fxGone) {
            // The FX toolkit has stopped (the app is closing): nobody is left to show the answer.
            applied.cancel(false);
        }
    }
}
