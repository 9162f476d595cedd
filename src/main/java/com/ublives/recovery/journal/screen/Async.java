package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.BackgroundTasks;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * BackgroundTasks with a future that completes after the result was applied on the FX thread, so
 * tests (and commands that chain) know when the screen's state has caught up.
 */
final class Async {

    private final BackgroundTasks tasks;

    Async(BackgroundTasks tasks) {
        this.tasks = tasks;
    }

    <T> CompletableFuture<Void> run(Callable<T> work, Consumer<? super T> then, Consumer<Throwable> failed) {
        CompletableFuture<Void> applied = new CompletableFuture<>();
        tasks.run(work, result -> {
            try {
                then.accept(result);
            } finally {
                applied.complete(null);
            }
        }, failure -> {
            try {
                failed.accept(failure);
            } finally {
                applied.complete(null);
            }
        });
        return applied;
    }
}
