package com.ublives.recovery.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.time.Times;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static com.ublives.recovery.journal.JournalFixture.MASSAGE;
import static com.ublives.recovery.journal.JournalFixture.hoursAfterMassage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalExchangeTest {

    @TempDir
    Path dir;
    JournalFixture f;
    JournalService journal;

    @BeforeEach
    void open() {
        f = new JournalFixture(dir.resolve("a"));
        journal = f.journal;
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void fill() {
        Recovery r = journal.addRecovery(NewRecovery.of("deep-tissue", MASSAGE).withEndSoreness(5, PainQuality.ACHY)
                .withFactors(List.of("dehydrated", "little-rest")).withConditions(List.of("pregnancy"))
                .withDetails("Ana, \"the best\"", "Studio 3", "first note"));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(12), 4).withNote("tender, but fine\nsecond line")
                .withDone(List.of("hydration.water", "active-rest.walk")));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(30), 6).withQuality(PainQuality.SHARP)
                .withRedFlags(List.of("spreading-bruise")));
        Recovery s = journal.addRecovery(NewRecovery.of("swedish", hoursAfterMassage(100)));
        journal.checkIn(NewCheckIn.of(s.id(), hoursAfterMassage(110), 0));
        journal.addRecovery(NewRecovery.of("thai", hoursAfterMassage(120)));
        f.clock.set(hoursAfterMassage(130));
        journal.close(r.id());
    }

    private String json() throws IOException {
        StringWriter out = new StringWriter();
        journal.exportJson(out);
        return out.toString();
    }

    private String csv() throws IOException {
        StringWriter out = new StringWriter();
        journal.exportCsv(out);
        return out.toString();
    }

    @Test
    void anExportReadsTheJournalInAFixedNumberOfQueriesHoweverManyRecoveriesItHolds() throws IOException {
        fill();
        f.statements.take();
        String few = json();
        int fewRecoveries = f.statements.take();
        for (int i = 0; i < 6; i++) {
            Recovery r = journal.addRecovery(NewRecovery.of("thai", hoursAfterMassage(10 * i)));
            journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(10 * i + 1), 2));
        }
        f.statements.take();

        String many = json();

        assertThat(JournalJson.mapper().readTree(many).get("recoveries")).hasSize(9);
        assertThat(JournalJson.mapper().readTree(few).get("recoveries")).hasSize(3);
        assertThat(f.statements.take()).as("statements for 9 recoveries, as for 3").isEqualTo(fewRecoveries);
        assertThat(fewRecoveries).isLessThanOrEqualTo(2);
    }

    @Test
    void csvHasOneProperlyQuotedRowPerCheckIn() throws IOException {
        fill();
        String csv = csv();

        assertThat(csv).startsWith(String.join(",", JournalExport.CSV_HEADER) + "\r\n");
        assertThat(csv).contains("\"Ana, \"\"the best\"\"\"");
        assertThat(csv).contains("\"tender, but fine\nsecond line\",hydration.water;active-rest.walk\r\n");
        assertThat(csv).contains(",2026-03-01T09:30+01:00,");
        assertThat(csv).contains(",30.0,6,sharp,spreading-bruise,ON_TRACK,LINGERING,");
        assertThat(csv.split("\r\n")).hasSize(1 + 3);
    }

    @Test
    void quotingLeavesPlainFieldsAloneAndQuotesTheRest() {
        assertThat(JournalExport.quote("plain")).isEqualTo("plain");
        assertThat(JournalExport.quote("")).isEqualTo("");
        assertThat(JournalExport.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(JournalExport.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(JournalExport.quote("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(JournalExport.quote(" padded")).isEqualTo("\" padded\"");
    }

    @Test
    void jsonHoldsEverything() throws IOException {
        fill();
        JsonNode root = JournalJson.mapper().readTree(json());

        assertThat(root.get("format").asText()).isEqualTo(JournalExport.FORMAT);
        JsonNode recoveries = root.get("recoveries");
        assertThat(recoveries).hasSize(3);
        JsonNode deep = recoveries.get(2);
        assertThat(deep.get("massage").asText()).isEqualTo("deep-tissue");
        assertThat(deep.get("closedBy").asText()).isEqualTo("PERSON");
        assertThat(deep.get("factors")).hasSize(2);
        JsonNode checkIn = deep.get("checkIns").get(1);
        assertThat(checkIn.get("hours").asDouble()).isEqualTo(30.0);
        assertThat(checkIn.get("redFlags").get(0).asText()).isEqualTo("spreading-bruise");
        assertThat(checkIn.get("warnings").get(0).get("code").asText()).isEqualTo("red-flag.spreading-bruise");
        assertThat(checkIn.get("firedRules").size()).isGreaterThan(3);
    }

    @Test
    void anExportImportedIntoAnEmptyJournalGivesTheSameJournal() throws IOException {
        fill();
        String exported = json();

        try (JournalFixture other = new JournalFixture(dir.resolve("b"))) {
            JournalImport.Result result = other.journal.importJson(new StringReader(exported));
            assertThat(result).isEqualTo(new JournalImport.Result(3, 3));
            StringWriter again = new StringWriter();
            other.journal.exportJson(again);
            assertThat(withoutIds(again.toString())).isEqualTo(withoutIds(exported));
        }
    }

    @Test
    void importingTheSameExportTwiceAddsNothingTheSecondTimeAndSaysWhatWasAlreadyThere() throws IOException {
        fill();
        // made "now" on a clock finer than the second the export writes: must still be seen as already there
        f.clock.set(hoursAfterMassage(131).plusMillis(345));
        Recovery thai = journal.recoveries().get(0);
        journal.checkIn(NewCheckIn.of(thai.id(), null, 2));
        String exported = json();

        try (JournalFixture other = new JournalFixture(dir.resolve("b"))) {
            assertThat(other.journal.importJson(new StringReader(exported))).isEqualTo(new JournalImport.Result(3, 4));
            StringWriter once = new StringWriter();
            other.journal.exportJson(once);

            JournalImport.Result again = other.journal.importJson(new StringReader(exported));

            assertThat(again).isEqualTo(new JournalImport.Result(0, 0, 3, 4));
            assertThat(again.skippedAny()).isTrue();
            StringWriter twice = new StringWriter();
            other.journal.exportJson(twice);
            assertThat(twice.toString()).isEqualTo(once.toString());
        }
        assertThat(journal.importJson(new StringReader(exported))).isEqualTo(new JournalImport.Result(0, 0, 3, 4));
        assertThat(json()).isEqualTo(exported);
    }

    @Test
    void aFileWithOneNewCheckInForARecoveryAlreadyThereAddsJustThatOneAndJudgesTheNextAgain() throws IOException {
        fill();
        ObjectNode file = (ObjectNode) JournalJson.mapper().readTree(json());
        ArrayNode deepCheckIns = (ArrayNode) file.get("recoveries").get(2).get("checkIns");
        deepCheckIns.addObject().put("at", Times.format(hoursAfterMassage(20), JournalFixture.ZONE)).put("soreness", 5);
        long recoveriesBefore = journal.recoveries().size();

        JournalImport.Result result = journal.importJson(new StringReader(file.toString()));

        assertThat(result).isEqualTo(new JournalImport.Result(0, 1, 3, 3));
        assertThat(journal.recoveries()).hasSize((int) recoveriesBefore);
        Recovery deep = journal.recoveries().stream().filter(r -> r.massage().equals("deep-tissue")).findFirst()
                .orElseThrow();
        List<CheckIn> checkIns = journal.checkIns(deep.id());
        assertThat(checkIns).extracting(CheckIn::soreness).containsExactly(4, 5, 6);
        assertThat(checkIns.get(1).judgement().hours()).isEqualTo(20.0);
        assertThat(checkIns.get(1).judgement().previousSoreness()).isEqualTo(4);
        // the check-in after the new one now follows a 5, not a 4
        assertThat(checkIns.get(2).judgement().previousSoreness()).isEqualTo(5);
        assertThat(deep.closedBy()).isEqualTo(ClosedBy.PERSON);
    }

    @Test
    void aNewSorenessZeroAtTheEndOfAnOpenRecoveryAlreadyThereClosesItAsACheckInWould() throws IOException {
        Recovery r = journal.addRecovery(NewRecovery.of("sports", MASSAGE).withEndSoreness(4, PainQuality.ACHY));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(10), 3));
        ObjectNode file = (ObjectNode) JournalJson.mapper().readTree(json());
        ((ArrayNode) file.get("recoveries").get(0).get("checkIns")).addObject()
                .put("at", Times.format(hoursAfterMassage(30), JournalFixture.ZONE)).put("soreness", 0);

        assertThat(journal.importJson(new StringReader(file.toString()))).isEqualTo(new JournalImport.Result(0, 1, 1, 1));

        Recovery after = journal.recovery(r.id()).orElseThrow();
        assertThat(after.closedBy()).isEqualTo(ClosedBy.SORENESS_ZERO);
        assertThat(after.closedAt()).isEqualTo(hoursAfterMassage(30));
        assertThat(journal.status()).isEmpty();
    }

    @Test
    void twoEqualRecoveriesInOneFileAreBothAddedToAnEmptyJournalAndBothSkippedTheSecondTime() throws IOException {
        String file = """
                {"recoveries":[{"massage":"thai","startedAt":"2026-03-01T09:30","checkIns":[{"at":"2026-03-01T12:00","soreness":2}]},
                  {"massage":"thai","startedAt":"2026-03-01T09:30","checkIns":[{"at":"2026-03-01T12:00","soreness":2}]}]}
                """;

        assertThat(journal.importJson(new StringReader(file))).isEqualTo(new JournalImport.Result(2, 2));
        assertThat(journal.importJson(new StringReader(file))).isEqualTo(new JournalImport.Result(0, 0, 2, 2));
        assertThat(journal.recoveries()).hasSize(2);
    }

    @Test
    void aSameTimedRecoveryOfAnotherMassageIsNew() throws IOException {
        journal.addRecovery(NewRecovery.of("thai", MASSAGE));
        String file = "{\"recoveries\":[{\"massage\":\"swedish\",\"startedAt\":\"2026-03-01T09:30\"}]}";

        assertThat(journal.importJson(new StringReader(file))).isEqualTo(new JournalImport.Result(1, 0));
        assertThat(journal.recoveries()).extracting(Recovery::massage).containsExactlyInAnyOrder("thai", "swedish");
    }

    @Test
    void aMinimalFileIsJudgedOnImport() throws IOException {
        String file = """
                {"recoveries":[{"massage":"sports","startedAt":"2026-03-01T09:30","endSoreness":3,
                  "checkIns":[{"at":"2026-03-02T11:30","soreness":6},{"at":"2026-03-01T21:30","soreness":4}]}]}
                """;
        journal.importJson(new StringReader(file));

        Recovery r = journal.recoveries().get(0);
        assertThat(r.startedAt()).isEqualTo(MASSAGE);
        List<CheckIn> checkIns = journal.checkIns(r.id());
        assertThat(checkIns).extracting(CheckIn::soreness).containsExactly(4, 6);
        assertThat(checkIns.get(1).judgement().hours()).isEqualTo(26.0);
        assertThat(checkIns.get(1).judgement().previousSoreness()).isEqualTo(4);
        assertThat(checkIns.get(1).judgement().warnings()).extracting(w -> w.code()).contains("worsening");
    }

    @Test
    void aHalfValidFileIsRefusedNamingTheFirstBadRecordAndTheJournalIsExactlyAsBefore() throws IOException {
        fill();
        String before = json();
        ObjectNode file = (ObjectNode) JournalJson.mapper().readTree(before);
        ArrayNode recoveries = (ArrayNode) file.get("recoveries");
        // the first recovery and its check-ins are valid and get stored before the bad one is reached
        ObjectNode bad = (ObjectNode) recoveries.get(2).get("checkIns").get(1);
        bad.put("soreness", 11);
        ((ObjectNode) recoveries.get(2).get("checkIns").get(0)).put("soreness", 12);

        assertThatThrownBy(() -> journal.importJson(new StringReader(file.toString())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("in recoveries[2] (id 1).checkIns[0] (id 1): soreness must be a whole number"
                        + " from 0 to 10, got 12");
        assertThat(json()).isEqualTo(before);
    }

    @Test
    void badRecordsAreNamedWithWhatIsWrong() throws IOException {
        assertRefused("{\"recoveries\":[{\"massage\":\"reiki\",\"startedAt\":\"2026-03-01T09:30\"}]}",
                "in recoveries[0]: massage must be one of");
        assertRefused("{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"yesterday\"}]}",
                "in recoveries[0]: startedAt must be an ISO date-time");
        assertRefused("{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\","
                        + "\"checkIns\":[{\"at\":\"2026-03-01T08:00\",\"soreness\":3}]}]}",
                "in recoveries[0].checkIns[0]: at must not be before the massage");
        assertRefused("{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\","
                        + "\"checkIns\":[{\"at\":\"2026-03-01T10:00\",\"soreness\":3,\"redFlags\":[\"hiccups\"]}]}]}",
                "in recoveries[0].checkIns[0]: red-flag must be one of");
        assertRefused("{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\","
                        + "\"checkIns\":[{\"at\":\"2026-03-01T10:00\",\"soreness\":3,\"status\":\"FINE\"}]}]}",
                "in recoveries[0].checkIns[0]: status must be one of");
        assertRefused("{\"recoveries\": [", "in the file is not readable JSON");
        assertRefused("[1,2]", "in the file is not a journal export");
        assertThat(journal.recoveries()).isEmpty();
    }

    @Test
    void contentAfterTheJsonIsRefusedAndNothingIsStored() {
        String file = "{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\"}]}";

        assertRefused(file + "\n\n{\"recoveries\":[]}", "in the file goes on after the end of the JSON (line 3);"
                + " a journal export holds one JSON object and nothing after it");
        assertRefused(file + " trailing words", "in the file goes on after the end of the JSON (line 1)");
        assertRefused(file + "]", "in the file goes on after the end of the JSON");
        assertThat(journal.recoveries()).isEmpty();
    }

    @Test
    void aUtf8ByteOrderMarkBeforeTheJsonIsAccepted() throws IOException {
        String file = "\uFEFF{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\"}]}";

        assertThat(journal.importJson(new StringReader(file))).isEqualTo(new JournalImport.Result(1, 0));
    }

    @Test
    void aRecoveryOutOfOrderIsRefusedNamingTheRecordAndNothingIsStored() {
        String start = "{\"recoveries\":[{\"recoveryId\":3,\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\"";
        assertRefused(start + ",\"closedAt\":\"2026-03-01T09:29\"}]}",
                "in recoveries[0] (id 3): closedAt must not be before the massage (2026-03-01T09:30+01:00),"
                        + " got 2026-03-01T09:29+01:00");
        assertRefused(start + ",\"closedAt\":\"2026-03-02T09:30\",\"checkIns\":[{\"checkInId\":5,\"at\":\"2026-03-03T09:30\","
                        + "\"soreness\":2},{\"checkInId\":6,\"at\":\"2026-03-01T19:30\",\"soreness\":3}]}]}",
                "in recoveries[0] (id 3).checkIns[0] (id 5): at must not be after the recovery was closed"
                        + " (2026-03-02T09:30+01:00), got 2026-03-03T09:30+01:00");
        assertRefused(start + ",\"checkIns\":[{\"checkInId\":5,\"at\":\"2026-03-03T09:30\",\"soreness\":2},"
                        + "{\"checkInId\":6,\"at\":\"2026-03-02T09:30\",\"soreness\":0}]}]}",
                "in recoveries[0] (id 3).checkIns[0] (id 5): at must not be after the check-in with soreness 0 at"
                        + " 2026-03-02T09:30+01:00, which ended the recovery, got 2026-03-03T09:30+01:00");
        assertThat(journal.recoveries()).isEmpty();
    }

    @Test
    void timesOutOfRangeAreRefusedNamingTheRecord() {
        assertRefused("{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"+999999999-12-31T23:59\"}]}",
                "in recoveries[0]: startedAt must be in the years 1900 to 9999, got +999999999-12-31T23:59");
        assertRefused("{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"9000-01-01T10:00\"}]}",
                "in recoveries[0]: startedAt must be from 1900-01-01 to a day from now (");
        assertRefused("{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\","
                        + "\"checkIns\":[{\"at\":\"9000-01-01T10:00\",\"soreness\":3}]}]}",
                "in recoveries[0].checkIns[0]: at must not be more than a day from now (");
        assertRefused("{\"recoveries\":[{\"massage\":\"thai\",\"startedAt\":\"2026-03-01T09:30\","
                        + "\"closedAt\":\"9000-01-01T10:00\"}]}",
                "in recoveries[0]: closedAt must not be more than a day from now (");
        assertThat(journal.recoveries()).isEmpty();
    }

    @Test
    void everyExportOfTheAppImportsAgain() throws IOException {
        fill();
        Recovery r = journal.addRecovery(NewRecovery.of("sports", hoursAfterMassage(125)));
        // a check-in logged ahead of now, then the recovery closed: closed no earlier than that check-in
        journal.checkIn(NewCheckIn.of(r.id(), f.clock.instant().plus(java.time.Duration.ofHours(20)), 3));
        journal.close(r.id());
        String export = json();

        try (JournalFixture other = new JournalFixture(dir.resolve("b"))) {
            assertThat(other.journal.importJson(new StringReader(export))).isEqualTo(new JournalImport.Result(4, 4));
        }
    }

    @Test
    void cellsASpreadsheetWouldRunAsAFormulaAreWrittenAsText() {
        assertThat(JournalExport.quote("=1+1")).isEqualTo("'=1+1");
        assertThat(JournalExport.quote("+49 123")).isEqualTo("'+49 123");
        assertThat(JournalExport.quote("-2")).isEqualTo("'-2");
        assertThat(JournalExport.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(JournalExport.quote("\tx")).isEqualTo("'\tx");
        assertThat(JournalExport.quote("\rx")).isEqualTo("\"'\rx\"");
        assertThat(JournalExport.quote("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        assertThat(JournalExport.quote("a=b")).isEqualTo("a=b");
    }

    /** Imported records get new ids; everything else must survive the round trip. */
    private static JsonNode withoutIds(String json) throws IOException {
        JsonNode root = JournalJson.mapper().readTree(json);
        for (JsonNode r : root.get("recoveries")) {
            ((ObjectNode) r).remove("recoveryId");
            for (JsonNode c : r.get("checkIns")) {
                ((ObjectNode) c).remove(List.of("checkInId", "recoveryId"));
            }
        }
        return root;
    }

    private void assertRefused(String file, String message) {
        assertThatThrownBy(() -> journal.importJson(new StringReader(file)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith(message);
    }
}
