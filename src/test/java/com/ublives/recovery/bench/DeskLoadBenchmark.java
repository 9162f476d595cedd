package com.ublives.recovery.bench;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.AftercareSheets;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.clinic.NewSession;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.server.PostgresServer;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.ServerAddress;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 13's load: 8 desks for 60 s against one database holding 100,000 sessions, each desk in a loop
 * recording a session, adding a check-in, reading a day's sessions and rendering a session's sheet.
 * Prints throughput, p50/p99 of each operation and the errors; asserts nothing. On PostgreSQL every desk
 * has its own pool (as 8 computers would), on a private durable server (fsync on) started for the run;
 * on H2 the 8 desks share one open data folder in one process (H2's embedded file is one computer's).
 * Run (args: postgresql, h2 or both; seconds; desks):
 * mvn -q -o -Pbench test-compile exec:java -Dbench.main=com.ublives.recovery.bench.DeskLoadBenchmark -Dexec.args="both 60 8"
 */
public final class DeskLoadBenchmark {

    static final int SESSIONS = 100_000;
    static final int CLIENTS = 2_000;
    static final int DAYS = 730;
    static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    /** Two years ending yesterday: the clinic refuses sessions more than a day ahead, so no day may lie in the future. */
    static final LocalDate FIRST_DAY = LocalDate.now(ZONE).minusDays(DAYS + 1L);
    static final String[] OPERATIONS = {"record a session", "add a check-in", "read a day's sessions", "render a sheet"};

    public static void main(String[] args) throws Exception {
        String which = args.length > 0 ? args[0] : "both";
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        int desks = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        System.out.printf(Locale.ROOT, "Desk load: %d desks, %d s, %d sessions (Java %s, %d cores, load average %.1f)%n",
                desks, seconds, SESSIONS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (!which.equals("h2")) {
            try (PostgresServer server = PostgresServer.start(true)) {
                ServerAddress database = server.newEmptyDatabase();
                DataLocation where = DataLocation.server(database);
                List<Services> perDesk = new ArrayList<>();
                for (int i = 0; i < desks; i++) {
                    perDesk.add(open(where));
                }
                run("PostgreSQL " + database.describe() + ", a pool per desk", perDesk, seconds);
                perDesk.forEach(Services::close);
            }
        }
        if (!which.equals("postgresql")) {
            Path folder = Files.createTempDirectory("desk-load-h2");
            try (Services shared = open(DataLocation.folder(folder))) {
                run("H2 folder " + folder + ", shared by the desks in one process", java.util.Collections.nCopies(desks, shared),
                        seconds);
            }
        }
    }

    private static Services open(DataLocation where) {
        return Services.open(where, null, line -> { }, () -> { });
    }

    private static void run(String title, List<Services> desks, int seconds) throws Exception {
        long seedStart = System.nanoTime();
        long[] clientIds = seed(desks.get(0));
        System.out.printf(Locale.ROOT, "%n%s: seeded %d clients and %d sessions in %.1f s%n", title, CLIENTS, SESSIONS,
                (System.nanoTime() - seedStart) / 1e9);
        SheetFont font = SheetFont.load();
        ConcurrentHashMap<String, List<Long>> timings = new ConcurrentHashMap<>();
        ConcurrentHashMap<String, AtomicLong> errors = new ConcurrentHashMap<>();
        for (String op : OPERATIONS) {
            timings.put(op, java.util.Collections.synchronizedList(new ArrayList<>()));
            errors.put(op, new AtomicLong());
        }
        List<String> firstErrors = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(desks.size());
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        for (int d = 0; d < desks.size(); d++) {
            Services services = desks.get(d);
            Random random = new Random(d);
            Thread desk = new Thread(() -> {
                try {
                    SheetRenderer renderer = new SheetRenderer(font, Clock.system(ZONE));
                    AftercareSheets sheets = new AftercareSheets(services.clinic(), services.planner());
                    Recovery recovery = services.journal().addRecovery(NewRecovery.of("swedish", Instant.now().minusSeconds(3600)));
                    while (System.nanoTime() < end) {
                        long[] session = {0};
                        timed("record a session", timings, errors, firstErrors, () -> {
                            Instant at = FIRST_DAY.plusDays(random.nextInt(DAYS)).atTime(9 + random.nextInt(9), 0).atZone(ZONE).toInstant();
                            ClinicSession s = services.clinic().recordSession(NewSession.of(
                                    clientIds[random.nextInt(clientIds.length)], at, "swedish", random.nextInt(6)));
                            session[0] = s.id();
                        });
                        timed("add a check-in", timings, errors, firstErrors, () -> services.journal().checkIn(
                                NewCheckIn.of(recovery.id(), Instant.now(), 1 + random.nextInt(5))));
                        timed("read a day's sessions", timings, errors, firstErrors,
                                () -> services.clinic().sessionsOn(FIRST_DAY.plusDays(random.nextInt(DAYS))));
                        if (session[0] > 0) {
                            timed("render a sheet", timings, errors, firstErrors, () -> renderer.render(
                                    sheets.forSession(session[0], Paper.A4), new ByteArrayOutputStream()));
                        }
                    }
                } catch (Exception e) {
                    firstErrors.add("desk stopped: " + e);
                } finally {
                    done.countDown();
                }
            }, "desk-" + d);
            desk.start();
        }
        done.await();
        System.out.printf(Locale.ROOT, "%-22s %8s %9s %8s %8s %7s%n", "operation", "count", "per s", "p50 ms", "p99 ms", "errors");
        for (String op : OPERATIONS) {
            long[] ns = timings.get(op).stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-22s %8d %9.1f %8.1f %8.1f %7d%n", op, ns.length, ns.length / (double) seconds,
                    percentile(ns, 50), percentile(ns, 99), errors.get(op).get());
        }
        firstErrors.stream().limit(5).forEach(e -> System.out.println("  error: " + e));
    }

    interface Work {
        void run() throws Exception;
    }

    private static void timed(String op, ConcurrentHashMap<String, List<Long>> timings, ConcurrentHashMap<String, AtomicLong> errors,
                              List<String> firstErrors, Work work) {
        long start = System.nanoTime();
        try {
            work.run();
            timings.get(op).add(System.nanoTime() - start);
        } catch (Exception e) {
            errors.get(op).incrementAndGet();
            if (firstErrors.size() < 5) {
                firstErrors.add(op + ": " + e.getMessage());
            }
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }

    /** Clients through the service (ids as the database gives them), sessions in batches straight into the table. */
    private static long[] seed(Services services) throws Exception {
        long[] ids = new long[CLIENTS];
        for (int i = 0; i < CLIENTS; i++) {
            ids[i] = services.clinic().addClient(Client.named("Client " + i)).id();
        }
        Random random = new Random(42);
        try (Connection c = services.database().dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO clinic_session (client_id, started_at, therapist,"
                    + " massage, pressure, areas, end_soreness, quality, factors, conditions, note)"
                    + " VALUES (?, ?, '', 'swedish', 'medium', '[]', ?, 'achy', '[]', '[]', '')")) {
                for (int i = 0; i < SESSIONS; i++) {
                    LocalDateTime at = LocalDateTime.ofInstant(FIRST_DAY.plusDays(random.nextInt(DAYS))
                            .atTime(8 + random.nextInt(10), 0).atZone(ZONE).toInstant(), ZoneOffset.UTC);
                    ps.setLong(1, ids[random.nextInt(CLIENTS)]);
                    ps.setObject(2, at);
                    ps.setInt(3, random.nextInt(6));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return ids;
    }
}
