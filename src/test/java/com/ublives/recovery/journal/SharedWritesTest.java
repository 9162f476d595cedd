package com.ublives.recovery.journal;

import com.ublives.recovery.Services;
import com.ublives.recovery.storage.ChildJvm;
import com.ublives.recovery.storage.ServicesHolderMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several programs writing to one data folder at once all succeed: two processes that each open the
 * folder, add a check-in and close it again, round after round, while a third (as the window does)
 * holds the folder open for part of the time. Every check-in reported saved is stored, and none fails.
 */
class SharedWritesTest {

    private static final int ROUNDS = 12;

    @TempDir
    Path dir;

    @Test
    void twoWritersAndAHolderOnOneFolderLoseAndRefuseNothing() throws Exception {
        long recovery;
        try (Services services = Services.open(dir)) {
            recovery = services.journal().addRecovery(NewRecovery.of("thai", Instant.parse("2026-03-01T08:30:00Z"))).id();
        }
        Process first = ChildJvm.start(CheckInLoopMain.class, dir.toString(), Long.toString(recovery),
                Integer.toString(ROUNDS), "1");
        Process second = ChildJvm.start(CheckInLoopMain.class, dir.toString(), Long.toString(recovery),
                Integer.toString(ROUNDS), "1000");
        CompletableFuture<List<String>> firstLines = CompletableFuture.supplyAsync(() -> lines(first));
        CompletableFuture<List<String>> secondLines = CompletableFuture.supplyAsync(() -> lines(second));
        // the window comes and goes while the two command lines run
        Process holder = ChildJvm.start(ServicesHolderMain.class, dir.toString());
        try (BufferedReader out = ChildJvm.stdout(holder)) {
            ChildJvm.awaitLine(out, "ready");
            Thread.sleep(2_000);
            holder.getOutputStream().close();
            ChildJvm.awaitLine(out, "closed");
        } finally {
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        List<String> all = new ArrayList<>(firstLines.get(10, TimeUnit.MINUTES));
        all.addAll(secondLines.get(10, TimeUnit.MINUTES));

        System.out.println("shared writes: " + all);
        assertThat(all).filteredOn(l -> l.startsWith("failed")).isEmpty();
        List<Long> reported = all.stream().filter(l -> l.startsWith("saved ")).map(l -> Long.parseLong(l.substring(6))).toList();
        assertThat(reported).hasSize(2 * ROUNDS);
        try (Services reopened = Services.open(dir)) {
            assertThat(reopened.journal().checkIns(recovery)).extracting(CheckIn::id).containsExactlyInAnyOrderElementsOf(reported);
        }
    }

    private static List<String> lines(Process child) {
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = ChildJvm.stdout(child)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
            child.waitFor(10, TimeUnit.MINUTES);
        } catch (Exception e) {
            lines.add("failed reading the child: " + e);
        } finally {
            child.destroyForcibly();
        }
        return lines;
    }
}
