package com.ublives.recovery.ui;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundTasksTest {

    @Test
    void workRunsOffTheCallingThreadAndTheResultComesBackThroughTheFxExecutor() throws Exception {
        AtomicReference<String> workThread = new AtomicReference<>();
        AtomicReference<String> delivered = new AtomicReference<>();
        CompletableFuture<Void> deliveredOnFx = new CompletableFuture<>();
        try (BackgroundTasks tasks = new BackgroundTasks(r -> {
            r.run();
            deliveredOnFx.complete(null);
        })) {
            tasks.run(() -> {
                workThread.set(Thread.currentThread().getName());
                return "opened";
            }, delivered::set, failure -> { }).get(5, TimeUnit.SECONDS);
            deliveredOnFx.get(5, TimeUnit.SECONDS);
        }
        assertThat(workThread.get()).isEqualTo("background-task").isNotEqualTo(Thread.currentThread().getName());
        assertThat(delivered.get()).isEqualTo("opened");
    }

    @Test
    void aFailureIsHandedToTheFailureCallbackOnly() throws Exception {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        AtomicReference<Object> succeeded = new AtomicReference<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        try (BackgroundTasks tasks = new BackgroundTasks(r -> {
            r.run();
            done.complete(null);
        })) {
            CompletableFuture<Object> result = tasks.run(() -> {
                throw new IllegalStateException("database locked");
            }, succeeded::set, failed::set);
            assertThatThrownBy(() -> result.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
            done.get(5, TimeUnit.SECONDS);
        }
        assertThat(failed.get()).hasMessage("database locked");
        assertThat(succeeded.get()).isNull();
    }
}
