package com.ublives.recovery;

import com.ublives.recovery.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line under a Turkish locale, where "I".toLowerCase() is "ı" and "i".toUpperCase() is "İ":
 * every command of the suite, run through the fat jar, gives exactly what it gives under en_US (the rule
 * set's ids, enum names and numbers are not for a person's eyes and must not change with the locale).
 */
class TurkishLocaleIT {

    private static final List<String> TURKISH = List.of("-Duser.language=tr", "-Duser.country=TR");

    /** One command line run: the fat jar in its own JVM, or the same classes in this one. */
    @FunctionalInterface
    private interface Runner {
        FatJar.Result run(String... args) throws Exception;
    }

    /** The reference: the command line in this JVM under en-US (the jar is the slow part, so only Turkish uses it). */
    private static FatJar.Result inEnglish(String... args) {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.US);
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int status = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
            return new FatJar.Result(status, out.toString(), err.toString());
        } finally {
            Locale.setDefault(before);
        }
    }

    @TempDir
    Path dir;

    /** The suite, run in a fresh data folder of its own; each command's exit status and output, in order. */
    private List<String> suite(Runner jar, String name) throws Exception {
        Path data = dir.resolve(name);
        Path export = dir.resolve(name + "-journal.json");
        List<List<String>> commands = List.of(
                List.of("catalog"),
                List.of("catalog", "--json"),
                List.of("plan", "--massage", "swedish", "--soreness", "3"),
                List.of("plan", "--massage", "deep-tissue", "--soreness", "6", "--quality", "sharp", "--hours", "30.5",
                        "--previous-soreness", "3", "--factor", "little-rest", "--red-flag", "calf-swelling",
                        "--condition", "blood-thinners", "--json"),
                List.of("journal", "add", "--massage", "deep-tissue", "--at", "2026-03-01T09:30+01:00", "--soreness", "5",
                        "--factor", "dehydrated", "--therapist", "Işıl İnce", "--json"),
                List.of("journal", "check-in", "--recovery", "1", "--at", "2026-03-02T10:00+01:00", "--soreness", "4",
                        "--quality", "achy", "--note", "İyi, biraz ağrı"),
                List.of("journal", "check-in", "--recovery", "1", "--at", "2026-03-05T10:00+01:00", "--soreness", "3",
                        "--red-flag", "fever", "--json"),
                List.of("journal", "status", "--now", "2026-03-05T12:00+01:00"),
                List.of("journal", "status", "--now", "2026-03-05T12:00+01:00", "--json"),
                List.of("journal", "export", "--format", "csv"),
                List.of("journal", "export", "--format", "json", "--out", export.toString()),
                List.of("clinic", "set", "--name", "Işık Masaj Kliniği", "--phone", "+90 212 555 01 01", "--paper", "A4"),
                List.of("clinic", "client", "add", "--name", "İsmail Işık", "--condition", "pregnancy"),
                List.of("clinic", "session", "add", "--client", "1", "--at", "2026-03-04T09:00+01:00",
                        "--massage", "thai", "--soreness", "2", "--pressure", "medium", "--area", "neck"),
                List.of("sheet", "--session", "1", "--out", dir.resolve(name + ".pdf").toString()));
        List<String> results = new ArrayList<>();
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.addAll(List.of("--data-dir", data.toString()));
            FatJar.Result r = jar.run(args.toArray(String[]::new));
            assertThat(r.status()).as(name + " " + command + ": " + r.err()).isZero();
            assertThat(r.err()).as(name + " " + command).isEmpty();
            // the files' own names differ between the two runs; everything else must not
            results.add((String.join(" ", command) + " -> " + r.out()).replace(name, "NAME"));
        }
        results.add("export: " + Files.readString(export));
        FatJar.Result imported = jar.run("journal", "import", "--in", export.toString(),
                "--data-dir", dir.resolve(name + "-copy").toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        results.add(imported.out());
        return results;
    }

    @Test
    void everyCommandGivesUnderTurkishExactlyWhatItGivesUnderEnglish() throws Exception {
        List<String> english = suite(TurkishLocaleIT::inEnglish, "run-in-english");
        List<String> turkish = suite(new FatJar(dir, TURKISH)::run, "run-in-turkish");

        assertThat(turkish).containsExactlyElementsOf(english);
        assertThat(String.join("\n", turkish)).contains("hydration.water").contains("PAST_72_HOURS")
                .contains("Wrote ").doesNotContain("hydrat\u0131on");
    }
}
