package com.ublives.recovery.journal;

import com.ublives.recovery.storage.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class KillWhileWritingTest {

    @TempDir
    Path dir;

    @Test
    void aProcessKilledWhileWritingCheckInsLosesNoneItReportedSaved() throws Exception {
        Process child = ChildJvm.start(CheckInWriterMain.class, dir.toString());
        List<Long> reported = new ArrayList<>();
        long recoveryId;
        try (BufferedReader out = ChildJvm.stdout(child)) {
            recoveryId = Long.parseLong(ChildJvm.awaitLine(out, "recovery ").substring("recovery ".length()));
            while (reported.size() < 300) {
                reported.add(Long.parseLong(ChildJvm.awaitLine(out, "saved ").substring("saved ".length())));
            }
            // kill -9 (SIGKILL) in the middle of the loop: no shutdown hook, no close. Through the handle,
            // so our end of the pipe stays open and every line the child printed can still be read.
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // ids it printed after we stopped counting may also have been committed; read them too
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("saved ")) {
                    reported.add(Long.parseLong(line.substring("saved ".length())));
                }
            }
        } finally {
            child.destroyForcibly();
        }

        try (JournalFixture reopened = new JournalFixture(dir)) {
            List<Long> stored = reopened.journal.checkIns(recoveryId).stream().map(CheckIn::id).toList();
            assertThat(stored).containsAll(reported);
            System.out.println("kill test: " + reported.size() + " reported saved, " + stored.size() + " found");
        }
    }
}
