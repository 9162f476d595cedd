package com.ublives.recovery.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
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

    @Test
    void theFutureCompletesOnlyAfterTheFxThreadHasAppliedTheResult() throws Exception {
        BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
        List<String> shown = new ArrayList<>();
        try (BackgroundTasks tasks = new BackgroundTasks(fxQueue::add)) {
            CompletableFuture<String> future = tasks.run(() -> "today", shown::add, failure -> { });
            Runnable answer = fxQueue.poll(5, TimeUnit.SECONDS);
            assertThat(answer).isNotNull();
            // the answer waits for the FX thread: whoever waits on the future must not see the old state
            assertThat(future).isNotDone();
            answer.run();
            assertThat(future).isCompletedWithValue("today");
            assertThat(shown).containsExactly("today");
        }
    }

    @Test
    void aLateAnswerToAnEarlierRequestIsDroppedAndTheLatestRequestWins() throws Exception {
        BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
        List<String> shown = new ArrayList<>();
        List<Throwable> told = new ArrayList<>();
        CountDownLatch yesterdaySlow = new CountDownLatch(1);
        try (BackgroundTasks tasks = new BackgroundTasks(fxQueue::add)) {
            BackgroundTasks.Latest dayReads = tasks.latest();
            CompletableFuture<String> yesterday = dayReads.run(() -> {
                yesterdaySlow.await(5, TimeUnit.SECONDS);
                return "yesterday";
            }, shown::add, told::add);
            CompletableFuture<Void> today = dayReads.apply(() -> "today", shown::add, told::add);
            fxQueue.poll(5, TimeUnit.SECONDS).run();
            assertThat(today).isDone();
            yesterdaySlow.countDown();
            fxQueue.poll(5, TimeUnit.SECONDS).run();

            assertThat(yesterday).isCompletedWithValue("yesterday");
            assertThat(shown).containsExactly("today");
            assertThat(told).isEmpty();
        }
    }

    @Test
    void aLateFailureIsDroppedTooAndAChainWaitsForWhatItsAnswerStarted() throws Exception {
        BlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
        List<String> shown = new ArrayList<>();
        List<Throwable> told = new ArrayList<>();
        CountDownLatch firstSlow = new CountDownLatch(1);
        CompletableFuture<Void> followUp = new CompletableFuture<>();
        try (BackgroundTasks tasks = new BackgroundTasks(fxQueue::add)) {
            BackgroundTasks.Latest searches = tasks.latest();
            CompletableFuture<Void> first = searches.chain(() -> {
                firstSlow.await(5, TimeUnit.SECONDS);
                throw new IllegalStateException("database locked");
            }, found -> CompletableFuture.completedFuture(null), told::add);
            CompletableFuture<Void> second = searches.chain(() -> "Anna", found -> {
                shown.add(found);
                return followUp;
            }, told::add);
            fxQueue.poll(5, TimeUnit.SECONDS).run();
            assertThat(shown).containsExactly("Anna");
            assertThat(second).isNotDone();
            followUp.complete(null);
            assertThat(second).isDone();

            firstSlow.countDown();
            fxQueue.poll(5, TimeUnit.SECONDS).run();
            assertThat(first).isDone();
            assertThat(told).isEmpty();
        }
    }
}
