package com.ublives.recovery;

import com.ublives.recovery.storage.ChildJvm;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.ServicesHolderMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data folder as a careless or hostile person meets it, through the shaded jar: a damaged database
 * is refused and left byte for byte as it was, a folder name is never read as database settings, and a
 * folder that cannot be written is told in one line; no H2 or Java text reaches the person unless they
 * ask with --verbose.
 */
class DataFolderIT {

    private static final String ADD = "journal add --massage thai --at 2026-03-01T09:30 --soreness 4";

    @TempDir
    Path tmp;

    private final List<Path> immutable = new ArrayList<>();

    private record Result(int status, String out, String err) {
        List<String> errLines() {
            return err.strip().lines().toList();
        }
    }

    private Result java(Path dataDir, String command, String... more) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/recovery-planner.jar"));
        List<String> args = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toAbsolutePath().toString()));
        args.addAll(List.of(command.split(" ")));
        args.addAll(List.of(more));
        args.addAll(List.of("--data-dir", dataDir.toString()));
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        try {
            Process p = new ProcessBuilder(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("the jar finished").isTrue();
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static void assertNoTechnicalText(String text) {
        assertThat(text).doesNotContain("org.h2", "Exception", "\tat ", "[900", "[800", "[500", "jdbc:", "SQL");
    }

    @Test
    void aDamagedDatabaseIsLeftByteForByteAndNamedInOneSentence() throws Exception {
        Path healthy = tmp.resolve("healthy");
        assertThat(java(healthy, ADD).status()).isZero();
        byte[] good = Files.readAllBytes(healthy.resolve("recovery.mv.db"));

        List<byte[]> damages = List.of(
                java.util.Arrays.copyOf(good, 8192),          // cut short to its headers
                new byte[0],                                   // emptied
                java.util.Arrays.copyOf(good, good.length / 2), // cut in the middle of its chunks
                "not a database at all\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < damages.size(); i++) {
            Path folder = tmp.resolve("damaged-" + i);
            Files.createDirectories(folder);
            Path file = folder.resolve("recovery.mv.db");
            Files.write(file, damages.get(i));

            for (String command : List.of("journal status --json", ADD)) {
                Result run = java(folder, command);
                assertThat(run.status()).as("damage %d, %s", i, command).isEqualTo(1);
                assertThat(run.out()).isEmpty();
                assertThat(run.errLines()).hasSize(1);
                assertThat(run.err()).contains(folder.toString()).contains("damaged").contains("left as it is")
                        .contains("restore a backup");
                assertNoTechnicalText(run.err());
                assertThat(Files.readAllBytes(file)).as("damage %d after %s", i, command).isEqualTo(damages.get(i));
            }
            try (Stream<Path> files = Files.list(folder)) {
                // beside it at most the small file programs take turns with; no new database
                assertThat(files.map(f -> f.getFileName().toString()))
                        .containsOnly("recovery.mv.db", "recovery.opening.lock");
            }
        }
    }

    @Test
    void aFolderNameIsDataNeverDatabaseSettings() throws Exception {
        Path parent = Files.createDirectories(tmp.resolve("x"));
        Path folder = parent.resolve("d;INIT=CREATE TABLE pwned(x INT)--");

        Result added = java(folder, ADD, "--json");
        assertThat(added.err()).isEmpty();
        assertThat(added.status()).isZero();
        assertThat(java(folder, "journal status --json").out()).contains("\"massage\":\"thai\"");

        try (Stream<Path> besides = Files.list(parent)) {
            assertThat(besides).as("nothing is created beside the folder").containsExactly(folder);
        }
        assertThat(folder.resolve("recovery.mv.db")).exists();
        try (Database database = Database.open(folder); Connection c = database.dataSource().getConnection();
             ResultSet tables = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'PWNED'")) {
            tables.next();
            assertThat(tables.getInt(1)).as("the text in the folder name was not run").isZero();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsToldInOneLineAndTheDetailOnlyWithVerbose() throws Exception {
        Result proc = java(Path.of("/proc/self"), "journal status");
        assertThat(proc.status()).isEqualTo(1);
        assertThat(proc.out()).isEmpty();
        assertThat(proc.errLines()).containsExactly(
                "Error: The data folder /proc/self cannot be written to; make it writable, or use another data folder.");

        Result verbose = java(Path.of("/proc/self"), "journal status", "--verbose");
        assertThat(verbose.status()).isEqualTo(1);
        assertThat(verbose.out()).isEmpty();
        assertThat(verbose.errLines().get(0)).isEqualTo(proc.errLines().get(0));
        assertThat(verbose.err()).as("the detail, for a bug report").contains("\tat com.ublives.recovery.storage.Database.open");
    }

    @Test
    void anImmutableFolderWithADatabaseIsToldInOneLine() throws Exception {
        Path folder = tmp.resolve("locked");
        assertThat(java(folder, ADD).status()).isZero();
        byte[] before = Files.readAllBytes(folder.resolve("recovery.mv.db"));
        makeImmutable(folder);

        Result run = java(folder, "journal status");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("Error: The data folder " + folder
                + " cannot be written to; make it writable, or use another data folder.");
        assertNoTechnicalText(run.err());
        assertThat(Files.readAllBytes(folder.resolve("recovery.mv.db"))).isEqualTo(before);
    }

    @Test
    void twoCommandLinesAndTheWindowWriteToOneFolderAtOnceAndNothingFails() throws Exception {
        Path folder = tmp.resolve("shared");
        assertThat(java(folder, ADD).status()).isZero();
        int rounds = 5;
        Callable<List<Result>> loop1 = () -> checkIns(folder, 10, rounds);
        Callable<List<Result>> loop2 = () -> checkIns(folder, 16, rounds);
        ExecutorService both = Executors.newFixedThreadPool(2);
        try {
            Future<List<Result>> first = both.submit(loop1);
            Future<List<Result>> second = both.submit(loop2);
            // the window's process (its services held open) comes while the command lines run, and goes
            Process window = ChildJvm.start(ServicesHolderMain.class, folder.toString());
            try (BufferedReader out = ChildJvm.stdout(window)) {
                ChildJvm.awaitLine(out, "ready");
                Thread.sleep(3_000);
                window.getOutputStream().close();
                ChildJvm.awaitLine(out, "closed");
            } finally {
                assertThat(window.waitFor(2, TimeUnit.MINUTES)).isTrue();
            }
            List<Result> runs = new ArrayList<>(first.get(15, TimeUnit.MINUTES));
            runs.addAll(second.get(15, TimeUnit.MINUTES));
            for (Result run : runs) {
                assertThat(run.status()).as(run.err()).isZero();
                // waiting is told only when it lasts; nothing else is said on stderr
                assertThat(run.errLines()).allMatch(l -> l.startsWith("Waiting for another program"));
            }
        } finally {
            both.shutdownNow();
        }
        try (Services services = Services.open(folder)) {
            assertThat(services.journal().checkIns(1)).hasSize(2 * rounds);
        }
    }

    private List<Result> checkIns(Path folder, int firstHour, int rounds) throws Exception {
        List<Result> runs = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            runs.add(java(folder, "journal check-in --recovery 1 --soreness 3 --at",
                    "2026-03-0" + (2 + i) + "T" + (firstHour + i) + ":00"));
        }
        return runs;
    }

    /** chattr +i (the case; root writes through plain permissions); chmod for anyone else. */
    private void makeImmutable(Path folder) throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            Process chattr = new ProcessBuilder("chattr", "+i", folder.toString()).inheritIO().start();
            assertThat(chattr.waitFor()).as("chattr +i %s", folder).isZero();
            immutable.add(folder);
        } else {
            assertThat(folder.toFile().setWritable(false, false)).isTrue();
        }
    }

    @AfterEach
    void mutableAgain() throws Exception {
        for (Path folder : immutable) {
            new ProcessBuilder("chattr", "-i", folder.toString()).inheritIO().start().waitFor();
        }
        tmp.toFile().setWritable(true);
    }
}
