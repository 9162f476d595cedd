package com.ublives.recovery.cli.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import com.ublives.recovery.server.Store;
import com.ublives.recovery.storage.DataLocation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal's commands, on an H2 data folder and on a real PostgreSQL server (--db-url): the same on both. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Store.class)
class JournalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameter
    Store store;
    @TempDir
    Path dir;
    private DataLocation where;

    record Run(int status, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    private Run run(String... args) {
        where = where == null ? store.create(dir.resolve("data")) : where;
        return runOn(where, args);
    }

    /** Another, new place of the same kind (import into an empty journal). */
    private Run runIn(Path data, String... args) {
        return runOn(store == Store.H2 ? DataLocation.folder(data) : otherServerDatabase(), args);
    }

    private DataLocation other;

    private DataLocation otherServerDatabase() {
        other = other == null ? store.create(dir) : other;
        return other;
    }

    private static Run runOn(DataLocation place, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(Store.options(place));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private long addDeepTissue() {
        Run add = run("journal", "add", "--massage", "deep-tissue", "--at", "2026-03-01T09:30", "--soreness", "5", "--json");
        assertThat(add.status()).as(add.err()).isZero();
        return add.json().get("recoveryId").asLong();
    }

    private static void assertOneLineRefusal(Run r, String message) {
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith(message);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void addPrintsTheNewRecoveryWithItsExpectedBand() {
        Run add = run("journal", "add", "--massage", "deep-tissue", "--at", "2026-03-01T09:30+01:00", "--soreness", "5",
                "--quality", "achy", "--factor", "dehydrated", "--condition", "pregnancy", "--therapist", "Ana",
                "--note", "first time", "--json");

        assertThat(add.status()).as(add.err()).isZero();
        JsonNode n = add.json();
        assertThat(n.get("recoveryId").asLong()).isEqualTo(1);
        assertThat(n.get("massage").asText()).isEqualTo("deep-tissue");
        assertThat(OffsetDateTime.parse(n.get("startedAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-03-01T09:30+01:00").toInstant());
        assertThat(n.get("band").get("id").asText()).isEqualTo("MODERATE");
        assertThat(n.get("band").get("maxHours").asInt()).isEqualTo(48);
        assertThat(n.get("factors").get(0).asText()).isEqualTo("dehydrated");
        assertThat(n.get("therapist").asText()).isEqualTo("Ana");
    }

    @Test
    void addAsTextNamesTheExpectedCourseNotASeverityWord() {
        Run add = run("journal", "add", "--massage", "deep-tissue", "--at", "2026-03-01T09:30+01:00", "--soreness", "2");

        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).contains("Expected course: Usually eases within 24–48 h.")
                .doesNotContainIgnoringCase("moderate");
    }

    @Test
    void aCheckInPast72HoursPrintsItsJudgement() {
        long id = addDeepTissue();

        Run checkIn = run("journal", "check-in", "--recovery", Long.toString(id), "--at", "2026-03-04T17:30",
                "--soreness", "3", "--json");

        assertThat(checkIn.status()).as(checkIn.err()).isZero();
        JsonNode n = checkIn.json();
        assertThat(n.get("checkInId").asLong()).isEqualTo(1);
        assertThat(n.get("recoveryId").asLong()).isEqualTo(id);
        assertThat(n.get("hours").asDouble()).isEqualTo(80.0);
        assertThat(n.get("status").asText()).isEqualTo("PAST_72_HOURS");
        assertThat(n.get("warnings").get(0).get("code").asText()).isEqualTo("past-72-hours");
        assertThat(n.get("warnings").get(0).get("level").asText()).isEqualTo("WARNING");
        assertThat(n.get("recoveryClosed").asBoolean()).isFalse();
        assertThat(n.get("plan").size()).isPositive();
    }

    @Test
    void statusTextNamesTheLastReadingAndWhenItWasGivenInsteadOfASorenessPast72Hours() {
        long id = addDeepTissue();
        run("journal", "check-in", "--recovery", Long.toString(id), "--at", "2026-03-02T09:30", "--soreness", "5");

        Run status = run("journal", "status", "--now", "2026-03-05T16:30");

        assertThat(status.status()).as(status.err()).isZero();
        assertThat(status.out()).contains("Recovery " + id + ": deep-tissue, 103 h since the massage. Last soreness 5/10, given 2026-03-02 09:30")
                .contains(", 24 h after the massage. Status: Past 72 hours (PAST_72_HOURS). Expected course: Usually eases within 24\u201348 h.")
                .contains("WARNING past-72-hours: It is 103 h since the massage; the last soreness given was 5/10, at 24 h."
                        + " Check in with how it is now")
                .doesNotContain("still sore more than 72 hours").doesNotContain("expected 24");
    }

    @Test
    void statusListsOpenRecoveriesWithTheContractShape() {
        long id = addDeepTissue();
        run("journal", "check-in", "--recovery", Long.toString(id), "--at", "2026-03-02T09:30", "--soreness", "3");

        Run status = run("journal", "status", "--now", "2026-03-04T17:30", "--json");

        assertThat(status.status()).as(status.err()).isZero();
        JsonNode n = status.json();
        assertThat(n.get("now").asText()).startsWith("2026-03-04T17:30");
        JsonNode r = n.get("recoveries").get(0);
        assertThat(r.get("recoveryId").asLong()).isEqualTo(id);
        assertThat(r.get("massage").asText()).isEqualTo("deep-tissue");
        assertThat(r.get("startedAt").asText()).startsWith("2026-03-01T09:30");
        assertThat(r.get("hoursSince").asDouble()).isEqualTo(80.0);
        assertThat(r.get("latestSoreness").asInt()).isEqualTo(3);
        assertThat(r.get("band").get("id").asText()).isEqualTo("MODERATE");
        assertThat(r.get("band").get("minHours").asInt()).isEqualTo(24);
        assertThat(r.get("status").asText()).isEqualTo("PAST_72_HOURS");
        assertThat(r.get("warnings").get(0).get("code").asText()).isEqualTo("past-72-hours");
        assertThat(r.has("nextCheckInDue")).isTrue();
        assertThat(r.get("nextCheckInDue").asText()).startsWith("2026-03-04T09:30");
    }

    @Test
    void aClosedRecoveryLeavesTheStatusList() {
        long id = addDeepTissue();

        Run close = run("journal", "close", "--recovery", Long.toString(id));
        assertThat(close.status()).as(close.err()).isZero();
        assertThat(close.out()).startsWith("Recovery " + id + " is closed");

        Run status = run("journal", "status", "--json");
        assertThat(status.json().get("recoveries")).isEmpty();
        assertThat(run("journal", "status").out()).contains("No open recoveries.");
    }

    @Test
    void sorenessZeroClosesTheRecovery() {
        long id = addDeepTissue();
        Run zero = run("journal", "check-in", "--recovery", Long.toString(id), "--at", "2026-03-02T12:00",
                "--soreness", "0");
        assertThat(zero.out()).contains("recovery " + id + " is closed");
        assertThat(run("journal", "status", "--now", "2026-03-02T13:00", "--json").json().get("recoveries")).isEmpty();
    }

    @Test
    void badInputExitsTwoWithOneLineAndStoresNothing() {
        long id = addDeepTissue();
        String rid = Long.toString(id);

        assertOneLineRefusal(run("journal", "check-in", "--recovery", "99", "--at", "2026-03-02T09:30", "--soreness", "3"),
                "--recovery must be the id of a recovery in the journal, got 99");
        assertOneLineRefusal(run("journal", "check-in", "--recovery", rid, "--at", "2026-03-01T08:00", "--soreness", "3"),
                "--at must not be before the massage");
        assertOneLineRefusal(run("journal", "check-in", "--recovery", rid, "--at", "March 2nd", "--soreness", "3"),
                "--at must be an ISO date-time such as 2026-03-01T09:30");
        assertOneLineRefusal(run("journal", "check-in", "--recovery", rid, "--at", "2026-03-02T09:30", "--soreness", "11"),
                "--soreness must be a whole number from 0 to 10, got 11");
        assertOneLineRefusal(run("journal", "check-in", "--recovery", rid, "--at", "2026-03-02T09:30", "--soreness", "4.5"),
                "--soreness must be a whole number from 0 to 10, got 4.5");
        assertOneLineRefusal(run("journal", "check-in", "--recovery", rid, "--soreness", "3", "--red-flag", "hiccups"),
                "--red-flag must be one of");
        assertOneLineRefusal(run("journal", "check-in", "--recovery", rid, "--soreness", "3", "--quality", "dull"),
                "--quality must be achy or sharp, got dull");
        assertOneLineRefusal(run("journal", "add", "--massage", "reiki", "--at", "2026-03-01T09:30"),
                "--massage must be one of");
        assertOneLineRefusal(run("journal", "status", "--now", "tomorrow"), "--now must be an ISO date-time");
        assertOneLineRefusal(run("journal", "export", "--format", "xml"), "--format must be csv or json, got xml");

        Run status = run("journal", "status", "--now", "2026-03-02T09:30", "--json");
        assertThat(status.json().get("recoveries")).hasSize(1);
        assertThat(status.json().get("recoveries").get(0).get("latestSoreness").asInt()).as("only the end soreness")
                .isEqualTo(5);
    }

    @Test
    void journalWithoutASubcommandOrWithAMissingOptionExitsTwo() {
        assertThat(run("journal").status()).isEqualTo(2);
        Run missing = run("journal", "check-in", "--soreness", "3");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--recovery");
    }

    @Test
    void anExportedJournalImportsIntoAnotherDataFolder() throws IOException {
        long id = addDeepTissue();
        run("journal", "check-in", "--recovery", Long.toString(id), "--at", "2026-03-02T09:30", "--soreness", "3",
                "--note", "stiff, \"but\" better");
        Path json = dir.resolve("journal.json");
        Path csv = dir.resolve("journal.csv");

        assertThat(run("journal", "export", "--format", "json", "--out", json.toString()).status()).isZero();
        assertThat(run("journal", "export", "--format", "csv", "--out", csv.toString()).status()).isZero();
        assertThat(Files.readString(csv)).contains("\"stiff, \"\"but\"\" better\"");

        Path other = dir.resolve("other");
        Run imported = runIn(other, "journal", "import", "--in", json.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Added 1 recovery and 1 check-in.");
        JsonNode status = runIn(other, "journal", "status", "--now", "2026-03-02T10:30", "--json").json();
        assertThat(status.get("recoveries").get(0).get("latestSoreness").asInt()).isEqualTo(3);
    }

    @Test
    void importingTheSameFileTwiceAddsNothingTheSecondTimeAndSaysSo() throws IOException {
        long id = addDeepTissue();
        run("journal", "check-in", "--recovery", Long.toString(id), "--at", "2026-03-02T09:30", "--soreness", "3");
        run("journal", "add", "--massage", "thai", "--at", "2026-03-03T09:30");
        Path json = dir.resolve("journal.json");
        assertThat(run("journal", "export", "--format", "json", "--out", json.toString()).status()).isZero();
        String before = Files.readString(json);

        Run again = run("journal", "import", "--in", json.toString());

        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).isEqualTo(String.format(
                "Added 0 recoveries and 0 check-ins; 2 recoveries and 1 check-in were already in the journal.%n"));
        Path after = dir.resolve("after.json");
        assertThat(run("journal", "export", "--format", "json", "--out", after.toString()).status()).isZero();
        assertThat(Files.readString(after)).isEqualTo(before);
    }

    @Test
    void aBadImportFileIsRefusedNamingTheRecordAndStoresNothing() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\"},"
                + "{\"recoveryId\":8,\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\",\"endSoreness\":\"high\"}]}",
                StandardCharsets.UTF_8);

        assertOneLineRefusal(run("journal", "import", "--in", file.toString()),
                "--in recoveries[1] (id 8): endSoreness must be a whole number from 0 to 10");
        assertOneLineRefusal(run("journal", "import", "--in", dir.resolve("missing.json").toString()),
                "--in " + dir.resolve("missing.json") + ": no such file");
        assertThat(run("journal", "status", "--json").json().get("recoveries")).isEmpty();
    }
}
