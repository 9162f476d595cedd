package com.ublives.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's journey of issue 15 through the shaded jar, as a person runs it: a plan kept in the journal,
 * its massage corrected, the recovery closed, reopened and deleted, its reminders written as a calendar file
 * (which needs the iCalendar library inside the jar), and the plan on paper (the sheet's fonts inside the jar).
 */
class JourneyIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FatJar.Result java(String... args) throws Exception {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("data").toString();
        return new FatJar(dir).run(all);
    }

    private FatJar.Result ok(String... args) throws Exception {
        FatJar.Result run = java(args);
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    private JsonNode exported() throws Exception {
        return JSON.readTree(ok("journal", "export", "--format", "json").out()).get("recoveries");
    }

    @Test
    void aPlanKeptInTheJournalIsCorrectedReopenedAndDeleted() throws Exception {
        JsonNode plan = JSON.readTree(ok("plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30",
                "--area", "neck", "--save", "--json").out());
        long id = plan.get("recoveryId").asLong();
        assertThat(plan.get("band").get("id").asText()).isEqualTo("MODERATE");
        assertThat(exported()).singleElement().satisfies(r -> {
            assertThat(r.get("massage").asText()).isEqualTo("deep-tissue");
            assertThat(r.get("areas").toString()).isEqualTo("[\"neck\"]");
            assertThat(r.get("checkIns").get(0).get("soreness").asInt()).isEqualTo(5);
        });

        FatJar.Result edit = ok("journal", "edit", "--recovery", String.valueOf(id), "--massage", "swedish");
        assertThat(edit.out()).contains("Recovery " + id + " corrected.").contains("1 check-in judged again");
        assertThat(exported().get(0).get("massage").asText()).isEqualTo("swedish");

        ok("journal", "close", "--recovery", String.valueOf(id));
        assertThat(ok("journal", "reopen", "--recovery", String.valueOf(id)).out()).contains("Recovery " + id + " is open.");

        FatJar.Result unconfirmed = java("journal", "delete", "--recovery", String.valueOf(id));
        assertThat(unconfirmed.status()).isEqualTo(2);
        assertThat(unconfirmed.err().lines().toList()).hasSize(1);
        assertThat(exported()).hasSize(1);
        assertThat(ok("journal", "delete", "--recovery", String.valueOf(id), "--yes").out())
                .contains("Recovery " + id + " deleted, with 1 check-in");
        assertThat(exported()).isEmpty();
    }

    @Test
    void remindersAreWrittenAsACalendarFileThatNamesNoHealthCondition() throws Exception {
        String at = LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString();
        JsonNode added = JSON.readTree(ok("journal", "add", "--massage", "swedish", "--at", at,
                "--condition", "blood-thinners", "--note", "left knee", "--json").out());
        long id = added.get("recoveryId").asLong();
        Path ics = dir.resolve("reminders.ics");

        FatJar.Result run = ok("journal", "reminders", "--recovery", String.valueOf(id), "--out", ics.toString());

        assertThat(run.out()).contains("Wrote 4 reminders for recovery " + id);
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VALARM");
        assertThat(text.lines().filter("BEGIN:VEVENT"::equals)).hasSize(4);
        assertThat(text).doesNotContainIgnoringCase("blood").doesNotContain("knee");

        FatJar.Result again = java("journal", "reminders", "--recovery", String.valueOf(id), "--out", ics.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err().lines().toList()).containsExactly("--out " + ics + " already exists; add --force to replace it");
    }

    @Test
    void thePlanOnPaperIsWrittenAsOnePdfPage() throws Exception {
        Path pdf = dir.resolve("plan.pdf");

        FatJar.Result run = ok("plan", "--massage", "swedish", "--soreness", "3", "--pdf", pdf.toString());

        assertThat(run.out()).contains("Wrote your plan on paper to " + pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("My recovery plan").contains("Note your soreness");
        }
    }

    /** pdftotext (poppler-utils), a reader apart from the PDFBox that wrote the file. */
    private String pdftotext(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as("pdftotext (poppler-utils) is installed").isZero();
        return text.replaceAll("[\\u202A-\\u202E]", "").replaceAll("\\s+", " ");
    }

    @Test
    void aRecoverysSummaryIsOnePdfPageWithItsCheckInsWarningsRedFlagsAndWhatWasDone() throws Exception {
        LocalDateTime massage = LocalDateTime.now().minusHours(30).truncatedTo(ChronoUnit.MINUTES);
        ok("journal", "add", "--massage", "thai", "--at", massage.toString(), "--soreness", "4",
                "--therapist", "فاطمة الزهراء");
        ok("journal", "check-in", "--recovery", "1", "--at", massage.plusHours(24).toString(), "--soreness", "5",
                "--did", "hydration.water", "--note", "שרה אמרה לשתות");
        FatJar.Result unknown = java("journal", "check-in", "--recovery", "1", "--soreness", "5", "--did", "sauna");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().lines().toList()).singleElement().asString()
                .startsWith("--did must be a plan item of recovery 1: hydration.water").endsWith("; got sauna");
        ok("journal", "check-in", "--recovery", "1", "--at", massage.plusHours(29).toString(), "--soreness", "8",
                "--red-flag", "numbness-tingling");
        Path pdf = dir.resolve("summary.pdf");

        FatJar.Result run = ok("journal", "summary", "--recovery", "1", "--pdf", pdf.toString());

        assertThat(run.out()).contains("Wrote the summary of recovery 1 to " + pdf);
        String text = pdftotext(pdf);
        assertThat(text).contains("Recovery summary: Thai").contains("فاطمة الزهراء").contains("שרה אמרה לשתות")
                .contains("Soreness 5/10, achy").contains("You did: Drink water").contains("Soreness 8/10")
                .contains("Warning signs were reported: act on them first").contains("What to do next")
                .contains("When to see a professional");
        for (JsonNode checkIn : exported().get(0).get("checkIns")) {
            for (JsonNode w : checkIn.get("warnings")) {
                String level = w.get("level").asText();
                assertThat(text).contains(level.charAt(0) + level.substring(1).toLowerCase(java.util.Locale.ROOT) + ": "
                        + w.get("message").asText());
            }
        }
        assertThat(exported().get(0).get("checkIns").get(1).get("warnings").toString()).contains("red-flag.numbness-tingling");

        byte[] before = Files.readAllBytes(pdf);
        FatJar.Result refused = java("journal", "summary", "--recovery", "1", "--pdf", pdf.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().lines().toList()).containsExactly("--pdf " + pdf + " already exists; add --force to replace it");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(before);
        assertThat(ok("journal", "summary", "--recovery", "1", "--pdf", pdf.toString(), "--force").out())
                .contains("Wrote the summary");
    }
}
