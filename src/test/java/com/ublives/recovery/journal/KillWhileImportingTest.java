package com.ublives.recovery.journal;

import com.ublives.recovery.storage.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed (kill -9) at any moment leaves the journal holding everything from the file or
 * nothing of it, and the journal opens and takes changes afterwards. The kills are spread over the
 * time an import takes, from its start to just after its commit.
 */
class KillWhileImportingTest {

    private static final int RECOVERIES = 80;
    private static final int CHECK_INS = 12;

    @TempDir
    Path tmp;

    @Test
    void anImportKilledAtAnyMomentLeavesAllOrNothingAndAJournalThatWorks() throws Exception {
        Path file = tmp.resolve("export.json");
        Files.writeString(file, export(), StandardCharsets.UTF_8);

        long full = importMillis(tmp.resolve("timing"), file, Long.MAX_VALUE);
        List<String> seen = new ArrayList<>();
        double[] fractions = {0.3, 0.8, 0.9, 0.97, 1.0, 1.05};
        for (int i = 0; i < fractions.length; i++) {
            Path dir = tmp.resolve("kill-" + i);
            long killAfter = Math.round(full * fractions[i]);
            boolean finished = importMillis(dir, file, killAfter) >= 0;
            try (JournalFixture reopened = new JournalFixture(dir)) {
                List<Recovery> recoveries = reopened.journal.recoveries();
                long checkIns = 0;
                for (Recovery r : recoveries) {
                    checkIns += reopened.journal.checkIns(r.id()).size();
                }
                assertThat(recoveries.size()).as("recoveries after a kill at %d ms", killAfter)
                        .isIn(0, RECOVERIES);
                assertThat(checkIns).as("check-ins after a kill at %d ms", killAfter)
                        .isEqualTo(recoveries.isEmpty() ? 0 : (long) RECOVERIES * CHECK_INS);
                if (finished) {
                    assertThat(recoveries).as("an import that said it finished is stored").hasSize(RECOVERIES);
                }
                // the journal still takes changes, and the import can be run again to its end
                reopened.journal.addRecovery(NewRecovery.of("thai", JournalFixture.MASSAGE));
                JournalImport.Result again = reopened.journal.importJson(new StringReader(Files.readString(file)));
                assertThat(again.recoveries() + again.skippedRecoveries()).isEqualTo(RECOVERIES);
                seen.add(killAfter + " ms: " + recoveries.size());
            }
        }
        System.out.println("import kill test: full import " + full + " ms; kills " + seen);
    }

    /** Runs the child import; kills it killAfter ms after it is ready. Returns its time, or -1 when killed. */
    private static long importMillis(Path dir, Path file, long killAfter) throws Exception {
        Process child = ChildJvm.start(ImportWriterMain.class, dir.toString(), file.toString());
        try (BufferedReader out = ChildJvm.stdout(child)) {
            ChildJvm.awaitLine(out, "ready");
            long start = System.nanoTime();
            if (killAfter == Long.MAX_VALUE) {
                ChildJvm.awaitLine(out, "imported");
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                return (System.nanoTime() - start) / 1_000_000;
            }
            boolean done = child.waitFor(killAfter, TimeUnit.MILLISECONDS);
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            boolean imported = false;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                imported |= line.equals("imported");
            }
            return done || imported ? (System.nanoTime() - start) / 1_000_000 : -1;
        } finally {
            child.destroyForcibly();
        }
    }

    private static String export() {
        StringBuilder json = new StringBuilder("{\"recoveries\":[");
        Instant start = Instant.parse("2025-01-01T08:00:00Z");
        for (int r = 0; r < RECOVERIES; r++) {
            Instant massage = start.plus(Duration.ofDays(r));
            json.append(r == 0 ? "" : ",").append("{\"massage\":\"deep-tissue\",\"startedAt\":\"").append(massage)
                    .append("\",\"endSoreness\":5,\"checkIns\":[");
            for (int c = 0; c < CHECK_INS; c++) {
                json.append(c == 0 ? "" : ",").append("{\"at\":\"").append(massage.plus(Duration.ofHours(2L * (c + 1))))
                        .append("\",\"soreness\":").append(1 + c % 5).append(",\"note\":\"check-in ").append(c).append("\"}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }
}
