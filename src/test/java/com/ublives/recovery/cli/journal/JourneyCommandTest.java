package com.ublives.recovery.cli.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line of issue 15: plan --save, journal edit, reopen and delete. */
class JourneyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

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
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private JsonNode ok(String... args) {
        Run r = run(args);
        assertThat(r.status()).as(r.err()).isZero();
        return r.out().strip().startsWith("{") ? r.json() : null;
    }

    @Test
    void planSaveKeepsTheAssessmentInTheJournalAndPrintsTheRecoveryId() {
        JsonNode plan = ok("plan", "--massage", "deep-tissue", "--soreness", "6", "--hours", "30",
                "--factor", "dehydrated", "--red-flag", "fever", "--condition", "blood-thinners",
                "--area", "neck", "--area", "lower-back", "--save", "--json");
        long id = plan.get("recoveryId").asLong();
        assertThat(plan.get("band").get("id").asText()).isEqualTo("MODERATE");

        JsonNode export = ok("journal", "export", "--format", "json");
        JsonNode recovery = export.get("recoveries").get(0);
        assertThat(recovery.get("recoveryId").asLong()).isEqualTo(id);
        assertThat(recovery.get("massage").asText()).isEqualTo("deep-tissue");
        assertThat(recovery.get("factors").toString()).isEqualTo("[\"dehydrated\"]");
        assertThat(recovery.get("conditions").toString()).isEqualTo("[\"blood-thinners\"]");
        assertThat(recovery.get("areas").toString()).isEqualTo("[\"neck\",\"lower-back\"]");
        JsonNode first = recovery.get("checkIns").get(0);
        assertThat(first.get("soreness").asInt()).isEqualTo(6);
        assertThat(first.get("hours").asDouble()).isEqualTo(30.0);
        assertThat(first.get("redFlags").toString()).isEqualTo("[\"fever\"]");
    }

    @Test
    void planWithoutSaveStoresNothingAndPlanSaveAsTextNamesTheRecovery() {
        ok("plan", "--massage", "swedish", "--soreness", "2");
        assertThat(ok("journal", "export", "--format", "json").get("recoveries")).isEmpty();

        Run saved = run("plan", "--massage", "swedish", "--soreness", "2", "--save");
        assertThat(saved.status()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Kept in your journal as recovery 1.");
    }

    @Test
    void anUnknownAreaIsRefusedInOneLineAndNothingIsKept() {
        Run r = run("plan", "--massage", "swedish", "--soreness", "2", "--area", "elbow", "--save");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("--area must be one of neck, shoulders, upper-back, lower-back, arms,"
                + " legs, other, got elbow");
        assertThat(ok("journal", "export", "--format", "json").get("recoveries")).isEmpty();
    }

    @Test
    void editJudgesTheCheckInsAgainAndSaysWhatChanged() {
        long id = ok("journal", "add", "--massage", "swedish", "--at", "2026-03-01T09:30", "--json").get("recoveryId").asLong();
        ok("journal", "check-in", "--recovery", String.valueOf(id), "--at", "2026-03-03T09:30", "--soreness", "3");

        Run edit = run("journal", "edit", "--recovery", String.valueOf(id), "--at", "2026-02-28T03:30",
                "--massage", "deep-tissue", "--factor", "dehydrated");

        assertThat(edit.status()).as(edit.err()).isZero();
        assertThat(edit.out()).contains("Recovery " + id + " corrected.")
                .contains("1 check-in judged again, 1 changed:")
                .contains("the 78 h check-in is now past 72 hours")
                .contains("now carries past-72-hours");
        JsonNode recovery = ok("journal", "export", "--format", "json").get("recoveries").get(0);
        assertThat(recovery.get("massage").asText()).isEqualTo("deep-tissue");
        assertThat(recovery.get("factors").toString()).isEqualTo("[\"dehydrated\"]");
        assertThat(recovery.get("checkIns").get(0).get("status").asText()).isEqualTo("PAST_72_HOURS");
    }

    @Test
    void editOfAMissingRecoveryOrWithAnUnknownMassageIsRefusedInOneLine() {
        Run missing = run("journal", "edit", "--recovery", "9", "--massage", "swedish");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("--recovery must be the id of a recovery in the journal, got 9");

        long id = ok("journal", "add", "--massage", "swedish", "--at", "2026-03-01T09:30", "--json").get("recoveryId").asLong();
        Run unknown = run("journal", "edit", "--recovery", String.valueOf(id), "--massage", "lomi");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("--massage").contains("lomi");
        assertThat(unknown.err().strip()).doesNotContain("\n");
    }

    @Test
    void aClosedRecoveryReopensAndADeleteNeedsYes() {
        long id = ok("journal", "add", "--massage", "swedish", "--at", "2026-03-01T09:30", "--json").get("recoveryId").asLong();
        ok("journal", "close", "--recovery", String.valueOf(id));

        Run reopen = run("journal", "reopen", "--recovery", String.valueOf(id));
        assertThat(reopen.out()).contains("Recovery " + id + " is open.");
        assertThat(ok("journal", "status", "--json").get("recoveries").get(0).get("recoveryId").asLong()).isEqualTo(id);

        Run unconfirmed = run("journal", "delete", "--recovery", String.valueOf(id));
        assertThat(unconfirmed.status()).isEqualTo(2);
        assertThat(unconfirmed.err()).contains("add --yes to confirm");
        assertThat(ok("journal", "export", "--format", "json").get("recoveries")).hasSize(1);

        Run deleted = run("journal", "delete", "--recovery", String.valueOf(id), "--yes");
        assertThat(deleted.out()).contains("Recovery " + id + " deleted, with 0 check-ins.");
        assertThat(ok("journal", "export", "--format", "json").get("recoveries")).isEmpty();
    }

    @Test
    void aCheckInNotesThePlanItemsDoneAndRefusesOneThePlanDoesNotHoldInOneLine() {
        ok("journal", "add", "--massage", "swedish", "--at", java.time.LocalDateTime.now().minusHours(20)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(), "--soreness", "3");

        Run unknown = run("journal", "check-in", "--recovery", "1", "--soreness", "2", "--did", "hydration.water",
                "--did", "device.percussion-gun");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("--did must be a plan item of recovery 1: hydration.water,"
                + " heat-cold.cold, heat-cold.heat, stretching.gentle, active-rest.walk, device.heated-back-wrap;"
                + " got device.percussion-gun");
        assertThat(ok("journal", "export", "--format", "json").get("recoveries").get(0).get("checkIns")).isEmpty();

        Run saved = run("journal", "check-in", "--recovery", "1", "--soreness", "2", "--did", "hydration.water",
                "--did", "stretching.gentle");
        assertThat(saved.status()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("You did: hydration.water, stretching.gentle.");
        JsonNode checkIn = ok("journal", "export", "--format", "json").get("recoveries").get(0).get("checkIns").get(0);
        assertThat(checkIn.get("did").toString()).isEqualTo("[\"hydration.water\",\"stretching.gentle\"]");
    }

    private static String pdfText(Path file) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void journalSummaryWritesOnePageWithEveryCheckInItsWarningsAndRedFlagsWhatWasDoneAndWhatToDoNext() throws IOException {
        java.time.LocalDateTime massage = java.time.LocalDateTime.now().minusHours(30).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        ok("journal", "add", "--massage", "deep-tissue", "--at", massage.toString(), "--soreness", "5",
                "--factor", "dehydrated");
        ok("journal", "check-in", "--recovery", "1", "--at", massage.plusHours(24).toString(), "--soreness", "6",
                "--did", "hydration.water", "--did", "active-rest.walk");
        ok("journal", "check-in", "--recovery", "1", "--at", massage.plusHours(29).toString(), "--soreness", "8",
                "--quality", "sharp", "--red-flag", "fever", "--note", "worse after the stairs");
        Path pdf = dir.resolve("summary.pdf");

        Run written = run("journal", "summary", "--recovery", "1", "--pdf", pdf.toString());
        if (System.getProperty("summary.keep") != null) {
            Files.copy(pdf, Path.of(System.getProperty("summary.keep")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out()).contains("Wrote the summary of recovery 1 to " + pdf);
        String text = pdfText(pdf);
        assertThat(text).contains("Recovery summary: Deep tissue").contains("Factors: Dehydrated").contains("Soreness against the expected course");
        // the red flag first, with what to do, before the chart and the check-ins
        assertThat(text.indexOf("Warning signs were reported")).isPositive().isLessThan(text.indexOf("Soreness against"));
        assertThat(text).contains("soreness 5/10, achy").contains("Soreness 6/10").contains("Soreness 8/10, sharp")
                .contains("You did: Drink water; Active rest").contains("worse after the stairs");
        // every warning and red flag the journal stored with each check-in, in the words it shows
        JsonNode checkIns = ok("journal", "export", "--format", "json").get("recoveries").get(0).get("checkIns");
        int warnings = 0;
        for (JsonNode checkIn : checkIns) {
            for (JsonNode w : checkIn.get("warnings")) {
                String level = w.get("level").asText();
                assertThat(text).contains(level.charAt(0) + level.substring(1).toLowerCase(java.util.Locale.ROOT) + ": "
                        + w.get("message").asText().replaceAll("\\s+", " "));
                warnings++;
            }
        }
        assertThat(warnings).isGreaterThanOrEqualTo(3);
        assertThat(text).contains("What you did, next to how soreness went").contains("cannot show that any of it caused")
                .contains("Drink water: noted at 24 h (soreness 6/10)")
                .contains("What to do next").contains("When to see a professional");

        Files.writeString(pdf, "mine");
        Run refused = run("journal", "summary", "--recovery", "1", "--pdf", pdf.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("--pdf " + pdf + " already exists; add --force to replace it");
        assertThat(Files.readString(pdf)).isEqualTo("mine");
        assertThat(run("journal", "summary", "--recovery", "1", "--pdf", pdf.toString(), "--force").status()).isZero();
        assertThat(pdfText(pdf)).contains("Recovery summary: Deep tissue");

        Path none = dir.resolve("none.pdf");
        Run missing = run("journal", "summary", "--recovery", "9", "--pdf", none.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("--recovery must be the id of a recovery in the journal, got 9");
        assertThat(none).doesNotExist();
    }
}
