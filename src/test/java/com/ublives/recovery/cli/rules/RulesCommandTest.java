package com.ublives.recovery.cli.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.cli.Cli;
import com.ublives.recovery.server.Store;
import com.ublives.recovery.storage.DataLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules command in process, on an H2 data folder and on a real PostgreSQL server: every refusal
 * names each problem and stores nothing (issue 14), and an outdated export never undoes a later change.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(Store.class)
class RulesCommandTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    private DataLocation where;

    private DataLocation where() {
        where = where == null ? store.create(dir.resolve("data")) : where;
        return where;
    }

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(Store.options(where()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private int exports;

    private Path exported() throws IOException {
        Path file = dir.resolve("rules-" + ++exports + ".json");
        assertThat(run("rules", "export", "--out", file.toString()).status()).isZero();
        return file;
    }

    private Path edited(String from, String to) throws IOException {
        Path file = exported();
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).contains(from);
        Path edited = dir.resolve("edited-" + Math.abs(from.hashCode()) + ".json");
        Files.writeString(edited, json.replace(from, to), StandardCharsets.UTF_8);
        return edited;
    }

    private JsonNode versions() throws IOException {
        Run list = run("rules", "list", "--json");
        assertThat(list.status()).isZero();
        return new ObjectMapper().readTree(list.out());
    }

    @Test
    void listShowsTheBundledSetAsVersionOneInUse() throws IOException {
        JsonNode versions = versions();

        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(versions.get(0).get("name").asText()).isEqualTo("2026.11-2");
        assertThat(versions.get(0).get("source").asText()).isEqualTo("bundled");
        assertThat(versions.get(0).get("inUse").asBoolean()).isTrue();
        assertThat(run("rules", "list").out()).contains("*   1  2026.11-2").contains("bundled").contains("the app");
    }

    @Test
    void importShowsEachChangeByIdAndFieldAndDryRunStoresNothing() throws IOException {
        Path file = edited("\"name\" : \"Thai\"", "\"name\" : \"Thai yoga\"");

        Run dry = run("rules", "import", "--in", file.toString(), "--dry-run");

        assertThat(dry.err()).isEmpty();
        assertThat(dry.status()).isZero();
        assertThat(dry.out()).contains("Changed the massage type 'Thai' name: 'Thai' \u2192 'Thai yoga' (thai)")
                .contains("1 change. Dry run: nothing was stored.");
        assertThat(versions()).hasSize(1);

        Run stored = run("rules", "import", "--in", file.toString());
        assertThat(stored.status()).isZero();
        assertThat(stored.out()).contains("Stored as version 2 (2026.11-2+2) and in use.");
        assertThat(versions()).hasSize(2);
        assertThat(run("catalog").out()).contains("Thai yoga");
    }

    @Test
    void brokenJsonIsRefusedWithStatusTwoAndNothingStored() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"version\": \"x\", \"bands\": [", StandardCharsets.UTF_8);

        Run run = run("rules", "import", "--in", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).startsWith("--in " + file + " was refused, nothing was stored (1 problem):")
                .contains("not a readable rule set");
        assertThat(versions()).hasSize(1);
    }

    @Test
    void withLangDeEachProblemOfARefusedFileIsNamedInGermanByItsRow() throws IOException {
        String json = Files.readString(exported(), StandardCharsets.UTF_8);
        assertThat(json).contains("\"name\" : \"Thai\"").contains("\"baseBand\" : \"MODERATE\"").contains("\"level\" : \"EMERGENCY\"");
        Path file = Files.writeString(dir.resolve("three-problems.json"), json.replace("\"name\" : \"Thai\"", "\"name\" : \"\"")
                .replace("\"baseBand\" : \"MODERATE\"", "\"baseBand\" : \"MEDIUM\"")
                .replace("\"level\" : \"EMERGENCY\"", "\"level\" : \"INFO\""), StandardCharsets.UTF_8);

        Run german = run("rules", "import", "--in", file.toString(), "--lang", "de");
        Run english = run("rules", "import", "--in", file.toString(), "--lang", "en");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err()).startsWith("--in " + file + " wurde abgelehnt, nichts wurde gespeichert (")
                .contains("massageTypes[thai]: name ist leer")
                .contains("massageTypes[thai]: baseBand verweist auf die unbekannte ID MEDIUM")
                .containsPattern("redFlags\\[[a-z-]+\\]: die Stufe INFO liegt unter EMERGENCY der Sicherheitsgrenze;"
                        + " eine Stufe darf angehoben, nie gesenkt werden")
                .doesNotContain("is empty").doesNotContain("refers to unknown id").doesNotContain("safety floor");
        // the same file in English names the same rows, in the words the rules' editors know
        assertThat(english.err()).contains("massageTypes[thai]: name is empty")
                .contains("massageTypes[thai]: baseBand refers to unknown id MEDIUM")
                .contains(": level INFO is below the safety floor's EMERGENCY; a level may be raised, never lowered");
        assertThat(german.err().lines().count()).isEqualTo(english.err().lines().count());
        assertThat(versions()).hasSize(1);
    }

    @Test
    void withLangDeAFileThatCannotBeReadIsNamedInGermanByItsPlace() throws IOException {
        Path level = edited("\"level\" : \"URGENT\"", "\"level\" : \"SEVERE\"");
        Path kind = edited("\"watchHours\" : 72", "\"watchHours\" : \"many\"");

        Run wrongLevel = run("rules", "import", "--in", level.toString(), "--lang", "de");
        Run wrongKind = run("rules", "import", "--in", kind.toString(), "--lang", "de");

        assertThat(wrongLevel.status()).isEqualTo(2);
        assertThat(wrongLevel.err()).containsPattern("kein lesbares Regelwerk: Zeile \\d+, Spalte \\d+: redFlags\\[4\\]\\.level:"
                + " muss einer dieser Werte sein: INFO, CAUTION, WARNING, URGENT, EMERGENCY\n").doesNotContain("must be");
        assertThat(wrongKind.err()).containsPattern("kein lesbares Regelwerk: Zeile \\d+, Spalte \\d+: watchHours: muss eine ganze"
                + " Zahl sein\n").doesNotContain("must be");
        assertThat(versions()).hasSize(1);
    }

    @Test
    void aWrongFieldOrLevelIsNamedByItsPlaceWithoutJavaWords() throws IOException {
        Path file = edited("\"level\" : \"URGENT\"", "\"level\" : \"SEVERE\"");

        Run run = run("rules", "import", "--in", file.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("redFlags[4].level: must be one of INFO, CAUTION, WARNING, URGENT, EMERGENCY")
                .doesNotContain("com.ublives").doesNotContain("class");
    }

    @Test
    void aLoweredRedFlagAndADeletedFloorRuleAreBothNamedAndNothingIsStored() throws IOException {
        Path file = exported();
        String json = Files.readString(file, StandardCharsets.UTF_8)
                .replaceFirst("\"level\" : \"EMERGENCY\"", "\"level\" : \"CAUTION\"")
                .replace("\"code\" : \"past-72-hours\"", "\"code\" : \"past-three-days\"");
        Files.writeString(file, json, StandardCharsets.UTF_8);

        Run run = run("rules", "import", "--in", file.toString(), "--dry-run");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("redFlags[bladder-bowel]: level CAUTION is below the safety floor's EMERGENCY")
                .contains("warningRules[past-72-hours]: is missing; the safety floor needs it");
        assertThat(versions()).hasSize(1);
    }

    @Test
    void useAndResetMoveBetweenVersionsAndAnUnknownNumberIsBadInput() throws IOException {
        run("rules", "import", "--in", edited("\"name\" : \"Thai\"", "\"name\" : \"Thai yoga\"").toString());

        Run unknown = run("rules", "use", "7");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("VERSION must be the number of a stored version, from 1 to 2, got 7");
        Run word = run("rules", "use", "latest");
        assertThat(word.status()).isEqualTo(2);

        assertThat(run("rules", "use", "1").out()).contains("Now using version 1 (2026.11-2).");
        assertThat(run("catalog").out()).doesNotContain("Thai yoga");
        assertThat(run("rules", "use", "1").out()).contains("already in use");

        run("rules", "use", "2");
        Run reset = run("rules", "reset");
        assertThat(reset.out()).contains("The bundled rules are in use again, stored as version 3 (2026.11-2+3).");
        assertThat(versions()).hasSize(3);
        assertThat(run("catalog").out()).doesNotContain("Thai yoga");
    }

    @Test
    void exportOfAnEarlierVersionAndAnExistingFileNeedsForce() throws IOException {
        run("rules", "import", "--in", edited("\"name\" : \"Thai\"", "\"name\" : \"Thai yoga\"").toString());
        Path out = dir.resolve("v1.json");

        assertThat(run("rules", "export", "--version", "1", "--out", out.toString()).status()).isZero();
        assertThat(Files.readString(out)).contains("\"name\" : \"Thai\"").contains("\"version\" : \"2026.11-2\"");
        Run again = run("rules", "export", "--version", "2", "--out", out.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
        assertThat(run("rules", "export", "--version", "2", "--out", out.toString(), "--force").status()).isZero();
        assertThat(Files.readString(out)).contains("Thai yoga");
    }

    @Test
    void anExportNotesTheVersionInUseAndAnOutdatedOneIsRefusedNamingWhoChangedTheRulesSince() throws IOException {
        Path anna = edited("\"name\" : \"Thai\"", "\"name\" : \"Thai yoga\"");
        assertThat(Files.readString(anna)).contains("\"inUseAtExport\" : {").contains("\"number\" : 1");
        // another person changes the rules after Anna's export
        Path ben = dir.resolve("ben.json");
        Files.writeString(ben, Files.readString(exported()).replace("\"name\" : \"Swedish\"", "\"name\" : \"Classic Swedish\""));
        assertThat(run("rules", "import", "--in", ben.toString()).status()).isZero();

        Run dry = run("rules", "import", "--in", anna.toString(), "--dry-run");
        Run refused = run("rules", "import", "--in", anna.toString());

        for (Run r : List.of(dry, refused)) {
            assertThat(r.status()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().strip()).doesNotContain(System.lineSeparator())
                    .startsWith("Error: --in " + anna + " was exported while version 1 (2026.11-2) was in use,"
                            + " but version 2 (2026.11-2+2) is in use now, saved by " + System.getProperty("user.name") + " on ")
                    .endsWith("; nothing was stored. Export again and make your changes in that file, or add"
                            + " --replace-newer to put this file in use over version 2.");
        }
        assertThat(versions()).hasSize(2);
        assertThat(run("catalog").out()).contains("Classic Swedish").doesNotContain("Thai yoga");

        Run replaced = run("rules", "import", "--in", anna.toString(), "--replace-newer");
        assertThat(replaced.status()).isZero();
        assertThat(replaced.out()).contains("Changed the massage type 'Classic Swedish' name: 'Classic Swedish' \u2192 'Swedish' (swedish)")
                .contains("Stored as version 3");
        assertThat(run("catalog").out()).contains("Thai yoga").doesNotContain("Classic Swedish");
    }

    @Test
    void anExportOfTheVersionInUseComesBackAndAFileWithoutTheNoteIsTakenAsWrittenByHand() throws IOException {
        Path first = edited("\"name\" : \"Thai\"", "\"name\" : \"Thai yoga\"");
        assertThat(run("rules", "import", "--in", first.toString()).status()).isZero();
        // exported again from version 2: in use, so the next edit is accepted
        Path second = edited("\"name\" : \"Swedish\"", "\"name\" : \"Classic Swedish\"");
        assertThat(run("rules", "import", "--in", second.toString()).status()).isZero();

        // a hand-written file (no note) based on the bundled rules is accepted as before
        String handWritten = Files.readString(second).replaceAll("(?s)\"inUseAtExport\" : \\{.*?},\\s*", "")
                .replace("\"name\" : \"Classic Swedish\"", "\"name\" : \"Swedish massage\"");
        assertThat(handWritten).doesNotContain("inUseAtExport");
        Path hand = Files.writeString(dir.resolve("hand.json"), handWritten);
        Run stored = run("rules", "import", "--in", hand.toString());
        assertThat(stored.status()).isZero();
        assertThat(stored.out()).contains("Changed the massage type 'Classic Swedish' name: 'Classic Swedish' \u2192 'Swedish massage' (swedish)");
        assertThat(versions()).hasSize(4);

        // a note that is not as export writes it is bad input, named
        Path bent = Files.writeString(dir.resolve("bent.json"), Files.readString(second).replace("\"number\" : 2", "\"number\" : \"two\""));
        Run bad = run("rules", "import", "--in", bent.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("inUseAtExport: must be {\"number\": N, \"name\": \"...\"}");
        assertThat(versions()).hasSize(4);
    }
}
