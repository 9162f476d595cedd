package com.ublives.recovery.bench;

import com.ublives.recovery.Services;
import com.ublives.recovery.journal.ChartData;
import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.CheckInRepository;
import com.ublives.recovery.journal.ClosedBy;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.Judgement;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.RecoveryRepository;
import com.ublives.recovery.journal.RecoveryStatus;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.storage.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The journal at scale: 10,000 recoveries with 100 check-ins each (1,000,000) in an H2 file, then
 * status of the open recoveries, one recovery's chart data, one check-in saved, and the file size.
 * Prints figures; asserts nothing. Run:
 * mvn -q -Pbench test-compile exec:java -Dbench.main=com.ublives.recovery.bench.JournalBenchmark [-Dexec.args=DIR]
 */
public final class JournalBenchmark {

    static final int RECOVERIES = 10_000;
    static final int CHECK_INS_PER_RECOVERY = 100;
    static final int OPEN = 50;
    static final String[] MASSAGES = {"swedish", "deep-tissue", "sports", "thai", "hot-stone", "trigger-point"};

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("journal-bench");
        boolean keep = args.length > 0;
        System.out.printf("Journal benchmark in %s (Java %s, %d cores)%n", dir, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        Instant now = Instant.parse("2026-06-01T12:00:00Z");
        try (Services services = Services.open(dir)) {
            long t0 = System.nanoTime();
            fill(services, now);
            System.out.printf("fill: %,d recoveries, %,d check-ins in %.1f s%n", RECOVERIES,
                    (long) RECOVERIES * CHECK_INS_PER_RECOVERY, (System.nanoTime() - t0) / 1e9);
            JournalService journal = services.journal();

            List<RecoveryStatus> status = journal.status(now);
            System.out.printf("status: %d open recoveries, %d past 72 hours%n", status.size(),
                    status.stream().filter(RecoveryStatus::isPast72Hours).count());
            time("status, " + OPEN + " open of 10,000", 10, 50, () -> journal.status(now));

            Random random = new Random(7);
            time("chart data of one recovery (100 check-ins)", 20, 200,
                    () -> journal.chart(1 + random.nextInt(RECOVERIES)));
            ChartData chart = journal.chart(RECOVERIES / 2);
            System.out.printf("  chart check: %d points, expected band %s%n", chart.points().size(), chart.expectedBand().id());

            long openId = status.get(0).recovery().id();
            int[] minute = {0};
            time("one check-in saved (judged, committed, written)", 5, 100, () -> journal.checkIn(
                    NewCheckIn.of(openId, now.plus(Duration.ofMinutes(++minute[0])), 3)));

            long before = Files.size(dir.resolve(Database.FILE_NAME + ".mv.db"));
            time("one check-in saved, again", 0, 1000, () -> journal.checkIn(
                    NewCheckIn.of(openId, now.plus(Duration.ofMinutes(++minute[0])), 3)));
            System.out.printf("  file grew by %,d bytes over 1,000 single check-ins%n",
                    Files.size(dir.resolve(Database.FILE_NAME + ".mv.db")) - before);

            reopenAll(services);
            time("status, all 10,000 open (worst case)", 3, 10, () -> journal.status(now));
        }
        long bytes = Files.size(dir.resolve(Database.FILE_NAME + ".mv.db"));
        System.out.printf("file: %,d bytes = %.1f MB for %,d check-ins -> %.1f MB per million check-ins%n", bytes,
                bytes / 1e6, (long) RECOVERIES * CHECK_INS_PER_RECOVERY + 100,
                bytes / 1e6 / (RECOVERIES * (double) CHECK_INS_PER_RECOVERY / 1e6));
        if (!keep) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(JournalBenchmark::deleteQuietly);
            }
        }
    }

    /** Recoveries spread over the months before now; the last OPEN ones still open, the rest closed at soreness 0. */
    private static void fill(Services services, Instant now) throws SQLException {
        RecoveryRepository recoveries = new RecoveryRepository();
        CheckInRepository checkIns = new CheckInRepository();
        Random random = new Random(42);
        try (Connection c = services.database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            List<CheckIn> batch = new ArrayList<>(CHECK_INS_PER_RECOVERY * 100);
            List<Long> ids = new ArrayList<>(100);
            for (int i = 0; i < RECOVERIES; i++) {
                boolean open = i >= RECOVERIES - OPEN;
                Instant start = open ? now.minus(Duration.ofHours(1 + (RECOVERIES - i) * 2L))
                        : now.minus(Duration.ofHours((RECOVERIES - i) * 6L + 200));
                String massage = MASSAGES[i % MASSAGES.length];
                int end = 2 + random.nextInt(7);
                Set<String> factors = i % 5 == 0 ? Set.of("dehydrated", "little-rest") : Set.of();
                long id = recoveries.insert(c, NewRecovery.of(massage, start).withEndSoreness(end, PainQuality.ACHY)
                        .withFactors(List.copyOf(factors)).withDetails("Therapist " + (i % 40), "Studio", null));
                ids.add(id);
                Integer previous = end;
                for (int k = 1; k <= CHECK_INS_PER_RECOVERY; k++) {
                    // every 1.2 hours for 120 hours; soreness fades, the last check-in of a closed one is 0
                    double hours = open ? k * 0.005 : k * 1.2;
                    int soreness = !open && k == CHECK_INS_PER_RECOVERY ? 0
                            : Math.max(open ? 1 : 0, end - k * end / CHECK_INS_PER_RECOVERY + random.nextInt(2));
                    Instant at = start.plus(Duration.ofMillis((long) (hours * 3_600_000)));
                    PainQuality q = random.nextInt(20) == 0 ? PainQuality.SHARP : PainQuality.ACHY;
                    Outcome o = services.planner().assess(new Assessment(massage, soreness, q, hours, previous, factors,
                            Set.of(), Set.of()));
                    batch.add(new CheckIn(0, id, at, soreness, q, List.of(), k % 10 == 0 ? "felt a bit better today" : null,
                            new Judgement(hours, previous, o.status(), o.band().id(), o.warnings(), o.firedRules(),
                                    o.ruleSetVersion())));
                    previous = soreness;
                }
                if (!open) {
                    recoveries.close(c, id, batch.get(batch.size() - 1).at(), ClosedBy.SORENESS_ZERO);
                }
                if ((i + 1) % 100 == 0 || i == RECOVERIES - 1) {
                    checkIns.insertAll(c, batch, 1_000);
                    for (long done : ids) {
                        recoveries.refreshLatestCheckIn(c, done);
                    }
                    c.commit();
                    batch.clear();
                    ids.clear();
                }
            }
        }
    }

    private static void reopenAll(Services services) throws SQLException {
        try (Connection c = services.database().dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE recovery SET closed_at = NULL, closed_by = NULL")) {
            ps.executeUpdate();
        }
    }

    private static void time(String what, int warmup, int runs, Supplier<?> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%s: median %.2f ms, p95 %.2f ms, max %.2f ms (%d runs)%n", what, ms[runs / 2],
                ms[(int) Math.ceil(runs * 0.95) - 1], ms[runs - 1], runs);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("could not delete " + p);
        }
    }
}
