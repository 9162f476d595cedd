package com.ublives.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates and numbers out of range, through the fat jar: each is refused with exit 2 and one line naming
 * the option and what is allowed, and nothing is stored (the journal reads back as before).
 */
class InputRangeIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path data;
    private FatJar jar;

    @BeforeEach
    void setUp() {
        data = dir.resolve("data");
        jar = new FatJar(dir, List.of());
    }

    private FatJar.Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", data.toString()));
        return jar.run(all.toArray(String[]::new));
    }

    private static void assertRefused(FatJar.Result r, String firstWords) {
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith(firstWords).doesNotContain("Exception").doesNotContain("overflow");
        assertThat(r.out()).isEmpty();
    }

    /** Every recovery in the journal with its check-ins, as the JSON export has them. */
    private JsonNode journal() throws Exception {
        FatJar.Result export = run("journal", "export", "--format", "json");
        assertThat(export.status()).as(export.err()).isZero();
        return JSON.readTree(export.out()).get("recoveries");
    }

    private static String inDays(int days) {
        return LocalDateTime.now().plusDays(days).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void aMassageOutOfRangeIsRefusedAndNotStored() throws Exception {
        assertRefused(run("journal", "add", "--massage", "swedish", "--at", "+999999999-12-31T23:59"),
                "--at must be in the years 1900 to 9999, got +999999999-12-31T23:59");
        assertRefused(run("journal", "add", "--massage", "swedish", "--at", "1899-12-31T10:00"),
                "--at must be in the years 1900 to 9999, got 1899-12-31T10:00");
        assertRefused(run("journal", "add", "--massage", "swedish", "--at", "9999-01-01T10:00"),
                "--at must be from 1900-01-01 to a day from now (");
        assertRefused(run("journal", "add", "--massage", "swedish", "--at", inDays(2)),
                "--at must be from 1900-01-01 to a day from now (");

        assertThat(journal()).isEmpty();
        FatJar.Result status = run("journal", "status", "--json");
        assertThat(status.status()).as(status.err()).isZero();
        assertThat(JSON.readTree(status.out()).get("recoveries")).isEmpty();
    }

    @Test
    void aCheckInMoreThanADayAheadIsRefusedAndNotStored() throws Exception {
        FatJar.Result add = run("journal", "add", "--massage", "swedish", "--at", inDays(-1), "--soreness", "3");
        assertThat(add.status()).as(add.err()).isZero();

        assertRefused(run("journal", "check-in", "--recovery", "1", "--at", inDays(3), "--soreness", "2"),
                "--at must not be more than a day from now (");
        assertRefused(run("journal", "check-in", "--recovery", "1", "--at", "+999999999-12-31T23:59", "--soreness", "2"),
                "--at must be in the years 1900 to 9999");
        assertRefused(run("journal", "check-in", "--recovery", "1", "--soreness", "\u0663"),
                "--soreness must be a whole number from 0 to 10, got \u0663");

        assertThat(journal().get(0).get("checkIns")).isEmpty();
    }

    @Test
    void statusAndSheetRefuseADateOutOfRangeWithStatusTwo() throws Exception {
        assertRefused(run("journal", "status", "--now", "0001-01-01T00:00"),
                "--now must be in the years 1900 to 9999, got 0001-01-01T00:00");
        assertRefused(run("sheet", "--date", "+999999999-12-31", "--out", dir.resolve("day.pdf").toString()),
                "--date must be in the years 1900 to 9999, got +999999999-12-31");
        assertThat(dir.resolve("day.pdf")).doesNotExist();
    }

    @Test
    void aClinicSessionOutOfRangeIsRefusedAndNotStored() throws Exception {
        FatJar.Result client = run("clinic", "client", "add", "--name", "Ana Nowak");
        assertThat(client.status()).as(client.err()).isZero();

        assertRefused(run("clinic", "session", "add", "--client", "1", "--massage", "swedish", "--at",
                "+999999999-12-31T23:59"), "--at must be in the years 1900 to 9999");
        assertRefused(run("clinic", "session", "add", "--client", "1", "--massage", "swedish", "--at", inDays(5)),
                "--at must be from 1900-01-01 to a day from now (");
        assertRefused(run("clinic", "session", "add", "--client", "1", "--massage", "swedish", "--at", inDays(0),
                "--soreness", "\uFF15"), "--soreness must be a whole number from 0 to 10, got \uFF15");

        assertThat(journal()).isEmpty();
    }

    @Test
    void hoursMustBeAFiniteNumberInDigitsAndSorenessAsciiDigits() throws Exception {
        String hoursRule = "--hours must be a number of hours from 0 to 2000000, such as 30 or 4.5, got ";
        assertRefused(run("plan", "--massage", "swedish", "--soreness", "3", "--hours", "1e308"), hoursRule + "1e308");
        assertRefused(run("plan", "--massage", "swedish", "--soreness", "3", "--hours", "NaN"), hoursRule + "NaN");
        assertRefused(run("plan", "--massage", "swedish", "--soreness", "3", "--hours", "Infinity"), hoursRule + "Infinity");
        assertRefused(run("plan", "--massage", "swedish", "--soreness", "3", "--hours", ""), hoursRule + "an empty value");
        assertRefused(run("plan", "--massage", "swedish", "--soreness", "\u0663"),
                "--soreness must be a whole number from 0 to 10, got \u0663");
        assertRefused(run("plan", "--massage", "swedish", "--soreness", "3", "--previous-soreness", ""),
                "--previous-soreness must be a whole number from 0 to 10, got an empty value");
    }

    private FatJar.Result importing(String content) throws Exception {
        Path file = dir.resolve("import.json");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return run("journal", "import", "--in", file.toString());
    }

    private static String recovery(String extra, String checkIns) {
        return "{\"format\":\"recovery-planner-journal\",\"formatVersion\":1,\"recoveries\":[{\"recoveryId\":4,"
                + "\"massage\":\"deep-tissue\",\"startedAt\":\"2026-03-01T09:30:00+01:00\"" + extra
                + ",\"checkIns\":[" + checkIns + "]}]}";
    }

    private static String checkIn(int id, String at, int soreness) {
        return "{\"checkInId\":" + id + ",\"at\":\"" + at + "\",\"soreness\":" + soreness + "}";
    }

    @Test
    void anImportOutOfOrderIsRefusedNamingTheRecordAndStoresNothing() throws Exception {
        String two = checkIn(7, "2026-03-02T09:30:00+01:00", 3) + "," + checkIn(8, "2026-03-03T09:30:00+01:00", 1);
        assertRefused(importing(recovery("", two) + "\n{\"more\":1}"), "--in the file goes on after the end of the JSON (line 2)");
        assertRefused(importing(recovery("", two) + " garbage"), "--in the file goes on after the end of the JSON");
        assertRefused(importing(recovery(",\"closedAt\":\"2026-02-01T09:30:00+01:00\"", "")),
                "--in recoveries[0] (id 4): closedAt must not be before the massage (");
        assertRefused(importing(recovery(",\"closedAt\":\"2026-03-02T12:00:00+01:00\",\"closedBy\":\"PERSON\"", two)),
                "--in recoveries[0] (id 4).checkIns[1] (id 8): at must not be after the recovery was closed (");
        assertRefused(importing(recovery("", checkIn(7, "2026-03-03T09:30:00+01:00", 2) + ","
                        + checkIn(8, "2026-03-02T09:30:00+01:00", 0))),
                "--in recoveries[0] (id 4).checkIns[0] (id 7): at must not be after the check-in with soreness 0 at ");
        assertRefused(importing(recovery("", two).replace("2026-03-01T09:30", "9999-03-01T09:30")),
                "--in recoveries[0] (id 4): startedAt must be from 1900-01-01 to a day from now (");
        assertRefused(importing(recovery("", two).replace("2026-03-01T09:30", "+999999999-03-01T09:30")),
                "--in recoveries[0] (id 4): startedAt must be in the years 1900 to 9999");

        assertThat(journal()).isEmpty();
    }

    @Test
    void anImportWithAUtf8ByteOrderMarkIsRead() throws Exception {
        FatJar.Result imported = importing("\uFEFF" + recovery("", checkIn(7, "2026-03-02T09:30:00+01:00", 3)));

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo("Added 1 recovery and 1 check-in.");
        assertThat(journal().get(0).get("checkIns").get(0).get("soreness").asInt()).isEqualTo(3);
    }
}
