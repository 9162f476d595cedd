package com.ublives.recovery.cli.journal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.cli.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal's answers for a person write moments in their time zone as their language does, and hours
 * with its decimal sign (12,5 in German); --json keeps ISO-8601 with the offset in every language.
 * The massage is at 09:30 and the check-in at 22:00 the same day: 12.5 hours after.
 */
class JournalDatesCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Locale system;

    @BeforeEach
    void keepLocale() {
        system = Locale.getDefault();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(system);
    }

    private String[] run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.resolve("data").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).as(err.toString()).isZero();
        return new String[] {out.toString(), err.toString()};
    }

    private String checkInAtTwelveAndAHalfHours(String... lang) {
        run("journal", "add", "--massage", "deep-tissue", "--at", "2026-03-01T09:30", "--soreness", "5", "--json");
        List<String> args = new ArrayList<>(List.of("journal", "check-in", "--recovery", "1", "--at", "2026-03-01T22:00",
                "--soreness", "4"));
        args.addAll(List.of(lang));
        return run(args.toArray(String[]::new))[0];
    }

    @Test
    void germanStatusWritesGermanDatesAndADecimalCommaAndItsJsonStaysIso() throws Exception {
        String saved = checkInAtTwelveAndAHalfHours("--lang", "de");

        String status = run("journal", "status", "--now", "2026-03-02T09:00", "--lang", "de")[0];

        // the status in German words, as the window names it, with its code for scripts
        assertThat(saved).contains("nach 12,5 Std. Stand: Im üblichen Rahmen (ON_TRACK).");
        assertThat(status).contains("Letzter Muskelkater 4/10, angegeben 01.03.2026, 22:00, 12,5 Std. nach der Massage.")
                .contains("Stand: Im üblichen Rahmen (ON_TRACK).")
                .contains("Nächster Eintrag fällig am 02.03.2026, 09:30")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("T22:00").doesNotContain("12.5");

        JsonNode json = JSON.readTree(run("journal", "status", "--now", "2026-03-02T09:00", "--json", "--lang", "de")[0]);
        JsonNode r = json.get("recoveries").get(0);
        assertThat(r.get("startedAt").asText()).startsWith("2026-03-01T09:30");
        assertThat(r.get("latestCheckInAt").asText()).startsWith("2026-03-01T22:00");
    }

    @Test
    void englishStatusWritesTheMomentInThePersonsZoneWithoutIsoLetters() {
        checkInAtTwelveAndAHalfHours("--lang", "en");

        String status = run("journal", "status", "--now", "2026-03-02T09:00", "--lang", "en")[0];

        assertThat(status).contains("Last soreness 4/10, given 2026-03-01 22:00, 12.5 h after the massage.")
                .contains("Status: On track (ON_TRACK).")
                .contains("Next check-in due 2026-03-02 09:30")
                .doesNotContain("T22:00").doesNotContain("T09:30");
    }

    @Test
    void aTurkishComputerGetsEnglishDatesAndNumbers() {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));

        String saved = checkInAtTwelveAndAHalfHours();
        String status = run("journal", "status", "--now", "2026-03-02T09:00")[0];

        assertThat(saved).contains("at 12.5 h");
        assertThat(status).contains("given 2026-03-01 22:00, 12.5 h after the massage.");
    }
}
