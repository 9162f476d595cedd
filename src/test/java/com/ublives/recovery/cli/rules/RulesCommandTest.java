package com.ublives.recovery.cli.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

/** The rules command in process: every refusal names each problem and stores nothing (issue 14). */
class RulesCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--data-dir");
        all.add(dir.resolve("data").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private Path exported() throws IOException {
        Path file = dir.resolve("rules.json");
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
        assertThat(dry.out()).contains("changed massageTypes[thai].name: \"Thai\" -> \"Thai yoga\"")
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
}
