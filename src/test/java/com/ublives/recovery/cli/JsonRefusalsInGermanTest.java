package com.ublives.recovery.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A damaged rule set file or journal export is refused in the reader's language, naming the place (line and
 * column, or the field) and what is allowed; none of Jackson's own words (its token names, "REDACTED"
 * sources, Java class names) reach the person.
 */
class JsonRefusalsInGermanTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("data").toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private int exports;

    /** The rule set in use as `rules export` writes it, as a tree to damage. */
    private ObjectNode exported() throws IOException {
        Path file = dir.resolve("exported-" + ++exports + ".json");
        assertThat(run("rules", "export", "--out", file.toString()).status()).isZero();
        return (ObjectNode) new ObjectMapper().readTree(file.toFile());
    }

    private Path written(String name, ObjectNode rules) throws IOException {
        return file(name, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(rules));
    }

    private static void noJacksonWords(Run run) {
        assertThat(run.err()).doesNotContain("Unexpected").doesNotContain("JSON String").doesNotContain("REDACTED")
                .doesNotContain("code 44").doesNotContain("token").doesNotContain("com.").doesNotContain("Exception")
                .doesNotContain("(Zeile -1)");
    }

    @Test
    void aRuleSetFileWithAStrayCommaIsNamedByLineAndColumnInGerman() throws IOException {
        Path damaged = file("comma.json", "{\n  \"version\": \"x\",\n  \"bands\": [ , ]\n}");

        Run german = run("rules", "import", "--in", damaged.toString(), "--lang", "de");
        Run english = run("rules", "import", "--in", damaged.toString(), "--lang", "en");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err()).contains("kein lesbares Regelwerk: Zeile 3, Spalte 14: „,“ ist an dieser Stelle nicht"
                + " erlaubt; JSON enthält Texte in \"doppelten Anführungszeichen\", Zahlen, true, false, null,"
                + " Listen [...] und Objekte {...}");
        noJacksonWords(german);
        assertThat(english.err()).contains("not a readable rule set: line 3, column 14: \",\" is not allowed here;");
        noJacksonWords(english);
    }

    @Test
    void aRuleSetFileCutShortOrEmptyIsRefusedInGermanNotAsAnUnexpectedError() throws IOException {
        Path cut = file("cut.json", "{\"version\": \"x\", \"bands\": [");
        Path empty = file("empty.json", "");

        Run cutShort = run("rules", "import", "--in", cut.toString(), "--lang", "de");
        Run nothing = run("rules", "import", "--in", empty.toString(), "--lang", "de");

        assertThat(cutShort.status()).isEqualTo(2);
        assertThat(cutShort.err()).contains("kein lesbares Regelwerk: Zeile 1, Spalte 28: der Text endet, bevor das JSON"
                + " vollständig ist; es fehlt ein schließendes ], } oder \"");
        noJacksonWords(cutShort);
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("kein lesbares Regelwerk: die Datei ist leer; sie muss ein JSON-Objekt {...}"
                + " enthalten").doesNotContain("unerwarteten Fehlers");
    }

    @Test
    void aValueOfTheWrongKindInAConditionIsNamedInGermanWithWhatIsAllowed() throws IOException {
        ObjectNode quality = exported();
        ((ObjectNode) quality.withArray("warningRules").get(0).get("when")).putArray("qualityIn").add("stechend");
        ObjectNode fraction = exported();
        ((ObjectNode) fraction.withArray("warningRules").get(0).get("when")).put("minFactors", 2.5);

        Run wrongQuality = run("rules", "import", "--in", written("quality.json", quality).toString(), "--lang", "de");
        Run wrongNumber = run("rules", "import", "--in", written("fraction.json", fraction).toString(), "--lang", "de");

        assertThat(wrongQuality.status()).isEqualTo(2);
        assertThat(wrongQuality.err()).containsPattern("kein lesbares Regelwerk: Zeile \\d+, Spalte \\d+:"
                + " warningRules\\[0\\]\\.when\\.qualityIn\\[0\\]: muss einer dieser Werte sein: achy, sharp;"
                + " angegeben war stechend");
        noJacksonWords(wrongQuality);
        // 2.5 is refused, not cut to 2
        assertThat(wrongNumber.status()).isEqualTo(2);
        assertThat(wrongNumber.err()).contains("warningRules[0].when.minFactors: muss eine ganze Zahl sein");
        noJacksonWords(wrongNumber);
    }

    @Test
    void theTranslationsProblemsAreNamedInGerman() throws IOException {
        ObjectNode rules = exported();
        ObjectNode texts = (ObjectNode) rules.get("translations");
        texts.putObject("fr");
        ObjectNode de = (ObjectNode) texts.get("de");
        de.putObject("nope");
        ObjectNode light = de.with("bands").putObject("LIGHT");
        light.put("course", "bald vorbei");
        light.put("colour", "grün");
        de.with("bands").putObject("HUGE").put("label", "Riesig");

        Run german = run("rules", "import", "--in", written("texts.json", rules).toString(), "--lang", "de");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err())
                .contains("translations.fr: unbekannte Sprache; erlaubt ist: de (die eigenen Texte des Regelwerks sind Englisch)")
                .contains("translations.de.nope: unbekannter Teil; erlaubt sind: bands, massageTypes")
                .contains("translations.de.bands[LIGHT].course: muss die Stunden als {min} und {max} nennen")
                .contains("translations.de.bands[LIGHT]: unbekanntes Feld „colour“; erlaubt sind: label, description, course")
                .contains("translations.de.bands[HUGE]: diese ID gibt es im Regelwerk unter bands nicht")
                .doesNotContain("unknown").doesNotContain("must");
    }

    @Test
    void aDamagedJournalExportIsNamedByLineAndColumnInGerman() throws IOException {
        Path comma = file("journal.json", "{\"recoveries\": [ , ]}");
        Path empty = file("nothing.json", "  \n");

        Run german = run("journal", "import", "--in", comma.toString(), "--lang", "de");
        Run nothing = run("journal", "import", "--in", empty.toString(), "--lang", "de");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err().strip()).startsWith("--in die Datei ist kein lesbares JSON: Zeile 1, Spalte 18: „,“ ist an"
                + " dieser Stelle nicht erlaubt;");
        noJacksonWords(german);
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).contains("die Datei ist leer");
    }

    @Test
    void aValueThatIsNoNumberIsRefusedInGermanWithoutPicocliWords() {
        Run german = run("rules", "export", "--version", "abc", "--out", dir.resolve("y.json").toString(), "--lang", "de");

        assertThat(german.status()).isEqualTo(2);
        assertThat(german.err().strip()).isEqualTo("--version muss eine ganze Zahl sein, angegeben war abc");
    }
}
