package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.BackgroundTasks;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * BackgroundTasks with a future that completes once the result was applied on the FX thread, and
 * whatever that application started in turn (a save reads the dashboard again), so tests and
 * chained commands know when the screen's state has caught up.
 */
final class Async {

    private final BackgroundTasks tasks;

    Async(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    <T> CompletableFuture<Void> run(Callable<T> work, Consumer<? super T> then, Consumer<Throwable> failed) {
        return chain(work, result -> {
            then.accept(result);
            return CompletableFuture.completedFuture(null);
        }, failed);
    }

    <T> CompletableFuture<Void> chain(Callable<T> work, Function<? super T, CompletableFuture<Void>> then,
                                      Consumer<Throwable> failed) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        tasks.run(work, result -> {
            CompletableFuture<Void> next;
            try {
                next = then.apply(result);
            } catch (RuntimeException | Error e) {
                done.completeExceptionally(e);
                throw e;
            }
            next.whenComplete((ignored, failure) -> done.complete(null));
        }, failure -> {
            try {
                failed.accept(failure);
            } finally {
                done.complete(null);
            }
        });
        return done;
    }
}
