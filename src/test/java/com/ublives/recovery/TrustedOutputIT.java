package com.ublives.recovery;

import com.ublives.recovery.clinic.BlankPng;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Output that can be trusted, through the fat jar: a failed write to standard output exits 1, --out
 * writes through a link and refuses devices and an existing file without --force, CSV cells are never
 * run as formulas, and a logo's size is checked before it is decoded.
 */
class TrustedOutputIT {

    @TempDir
    Path dir;

    private Path data;
    private FatJar jar;

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        jar = new FatJar(dir, List.of());
    }

    private FatJar.Result run(String... args) throws Exception {
        return runWith(jar, args);
    }

    private FatJar.Result runWith(FatJar on, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", data.toString()));
        return on.run(all.toArray(String[]::new));
    }

    private void addRecoveryWithNote(String note) throws Exception {
        FatJar.Result add = run("journal", "add", "--massage", "deep-tissue", "--at", "2026-03-01T09:30", "--soreness", "4");
        assertThat(add.status()).as(add.err()).isZero();
        FatJar.Result checkIn = run("journal", "check-in", "--recovery", "1", "--at", "2026-03-02T09:30",
                "--soreness", "3", "--note", note);
        assertThat(checkIn.status()).as(checkIn.err()).isZero();
    }

    @Test
    void aWriteToAFullStandardOutputExitsOneWithOneLine() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists(), "/dev/full is there on Linux");
        addRecoveryWithNote("fine");
        FatJar toFull = jar.withStdout(full);

        for (String[] command : List.of(new String[] {"plan", "--massage", "swedish", "--soreness", "3"},
                new String[] {"journal", "status"}, new String[] {"journal", "export", "--format", "json"},
                new String[] {"catalog", "--json"})) {
            FatJar.Result r = runWith(toFull, command);
            assertThat(r.status()).as(String.join(" ", command) + ": " + r.err()).isEqualTo(1);
            assertThat(r.err().lines().toList()).as(r.err()).containsExactly(
                    "Could not write to standard output (is the disk full or the pipe closed?); the output is incomplete");
        }
    }

    @Test
    void exportWritesThroughASymbolicLinkAndKeepsTheLink() throws Exception {
        addRecoveryWithNote("fine");
        Path target = dir.resolve("real.csv");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), target.getFileName());

        FatJar.Result r = run("journal", "export", "--format", "csv", "--out", link.toString());

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is still a link").isTrue();
        assertThat(Files.readString(target)).startsWith("recovery_id,massage").contains("deep-tissue");
    }

    /**
     * Links in the test's folder to /dev/null and /dev/stdout, and a named pipe: never the devices themselves,
     * since a program that moved a file onto /dev/null (as the old code did) would break the machine.
     */
    @Test
    void exportAndSheetRefuseDeviceAndSpecialFilesWithOneLine() throws Exception {
        addRecoveryWithNote("fine");
        Path toNull = Files.createSymbolicLink(dir.resolve("null.json"), Path.of("/dev/null"));
        Path toStdout = Files.createSymbolicLink(dir.resolve("stdout.json"), Path.of("/dev/stdout"));
        Path pipe = dir.resolve("pipe.json");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

        for (Path special : List.of(toNull, toStdout, pipe)) {
            FatJar.Result export = run("journal", "export", "--format", "json", "--out", special.toString());
            assertThat(export.status()).as(export.err()).isEqualTo(2);
            assertThat(export.err().lines().toList()).containsExactly(
                    "--out " + special + " is a device or special file, not a file; give a file name");
            FatJar.Result sheet = run("sheet", "--massage", "swedish", "--soreness", "3", "--client", "Ana",
                    "--out", special.toString(), "--force");
            assertThat(sheet.status()).as(sheet.err()).isEqualTo(2);
            assertThat(sheet.err().lines().toList()).containsExactly(
                    "--out " + special + " is a device or special file, not a file; give a file name");
        }
        assertThat(Files.isSymbolicLink(toNull)).isTrue();
        assertThat(Files.isSymbolicLink(toStdout)).isTrue();
        assertThat(Files.isRegularFile(pipe)).isFalse();
    }

    @Test
    void anExistingExportFileIsReplacedOnlyWithForce() throws Exception {
        addRecoveryWithNote("fine");
        Path file = dir.resolve("journal.json");
        Files.writeString(file, "keep me");

        FatJar.Result refused = run("journal", "export", "--format", "json", "--out", file.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("--out " + file + " already exists; add --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("keep me");

        FatJar.Result forced = run("journal", "export", "--format", "json", "--out", file.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(Files.readString(file)).contains("\"recoveries\"");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAsAFormulaAreWrittenAsText() throws Exception {
        addRecoveryWithNote("=HYPERLINK(\"http://evil.example\",\"click\")");
        FatJar.Result more = run("journal", "check-in", "--recovery", "1", "--at", "2026-03-02T10:30", "--soreness", "3",
                "--note", "@SUM(1+1)");
        assertThat(more.status()).as(more.err()).isZero();

        FatJar.Result csv = run("journal", "export", "--format", "csv");

        assertThat(csv.status()).as(csv.err()).isZero();
        assertThat(csv.out()).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",\r\n")
                .contains(",'@SUM(1+1),\r\n")
                .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
    }

    @Test
    void aHugeLogoIsRefusedFromItsHeaderNamingTheLimit() throws Exception {
        Path logo = dir.resolve("huge.png");
        Files.write(logo, BlankPng.of(20_000, 20_000));
        assertThat(Files.size(logo)).as("small on disk, so only its pixel size stops it").isLessThan(2 * 1024 * 1024);

        long start = System.nanoTime();
        FatJar.Result r = run("clinic", "set", "--name", "Harbour Street", "--logo", logo.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                "--logo must be at most 4000 x 4000 pixels; " + logo + " is 20000 x 20000");
        assertThat(millis).as("refused without decoding 400 million pixels").isLessThan(20_000);
        FatJar.Result show = run("clinic", "show");
        assertThat(show.out()).doesNotContain("Harbour Street");
    }
}
