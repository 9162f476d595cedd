package com.ublives.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic's own rules through the fat jar (issue 14): export, edit, a dry run that changes nothing,
 * import, a plan that answers with the change, back to the old version, and the refusals.
 */
class RulesRoundTripIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FatJar.Result java(String... args) throws IOException, InterruptedException {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--data-dir";
        all[args.length + 1] = dir.resolve("data").toString();
        return new FatJar(dir).run(all);
    }

    private JsonNode exported(Path file) throws Exception {
        FatJar.Result export = java("rules", "export", "--out", file.toString());
        assertThat(export.err()).isEmpty();
        assertThat(export.status()).isZero();
        return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
    }

    private Path write(JsonNode rules, String name) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(rules), StandardCharsets.UTF_8);
        return file;
    }

    private FatJar.Result cuppingPlan() throws Exception {
        return java("plan", "--massage", "cupping", "--soreness", "3", "--hours", "10", "--json");
    }

    @Test
    void exportEditDryRunImportPlanAndBackToTheOldVersion() throws Exception {
        ObjectNode rules = (ObjectNode) exported(dir.resolve("rules.json"));
        ((ArrayNode) rules.get("massageTypes")).addObject().put("id", "cupping").put("name", "Cupping").put("baseBand", "MODERATE");
        ObjectNode water = (ObjectNode) rules.get("planItems").get(0);
        assertThat(water.get("id").asText()).isEqualTo("hydration.water");
        water.put("text", "Drink a glass of water every couple of hours today; it supports recovery.");
        Path edited = write(rules, "edited.json");

        FatJar.Result dry = java("rules", "import", "--in", edited.toString(), "--dry-run");
        assertThat(dry.err()).isEmpty();
        assertThat(dry.status()).isZero();
        assertThat(dry.out()).contains("Added massage type Cupping (cupping)")
                .contains("Changed the plan item 'Drink water' text: 'Have 2")
                .contains("\u2192 'Drink a glass of water every couple of hours today; it supports recovery.' (hydration.water)")
                .contains("2 changes. Dry run: nothing was stored.");
        FatJar.Result notYet = cuppingPlan();
        assertThat(notYet.status()).isEqualTo(2);
        assertThat(notYet.err()).contains("--massage");
        assertThat(JSON.readTree(java("rules", "list", "--json").out())).hasSize(1);

        FatJar.Result imported = java("rules", "import", "--in", edited.toString());
        assertThat(imported.status()).isZero();
        assertThat(imported.out()).contains("Stored as version 2 (2026.11-2+2) and in use.");

        FatJar.Result withChange = cuppingPlan();
        assertThat(withChange.err()).isEmpty();
        JsonNode plan = JSON.readTree(withChange.out());
        assertThat(plan.get("band").get("id").asText()).isEqualTo("MODERATE");
        assertThat(plan.get("plan").get(0).get("text").asText()).startsWith("Drink a glass of water every couple");
        assertThat(plan.get("ruleSetVersion").asText()).isEqualTo("2026.11-2+2");

        // the sheet and the journal's judgement made now record the version that produced them
        Path pdf = dir.resolve("cupping.pdf");
        FatJar.Result sheet = java("sheet", "--massage", "cupping", "--soreness", "3", "--client", "Ana",
                "--date", "2026-11-23", "--out", pdf.toString());
        assertThat(sheet.status()).as(sheet.err()).isZero();
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Cupping", "Drink a glass of water every couple", "Rule set 2026.11-2+2");
        }
        FatJar.Result logged = java("journal", "add", "--massage", "cupping", "--at", "2026-11-23T10:00", "--soreness", "4");
        assertThat(logged.status()).as(logged.err()).isZero();
        FatJar.Result checkIn = java("journal", "check-in", "--recovery", "1", "--at", "2026-11-24T09:30", "--soreness", "3");
        assertThat(checkIn.status()).as(checkIn.err()).isZero();

        FatJar.Result back = java("rules", "use", "1");
        assertThat(back.status()).isZero();
        assertThat(back.out()).contains("Now using version 1 (2026.11-2).");
        FatJar.Result asBefore = java("plan", "--massage", "deep-tissue", "--soreness", "3", "--json");
        JsonNode before = JSON.readTree(asBefore.out());
        assertThat(before.get("plan").get(0).get("text").asText()).startsWith("Have 2");
        assertThat(before.get("ruleSetVersion").asText()).isEqualTo("2026.11-2");
        assertThat(cuppingPlan().status()).isEqualTo(2);
        FatJar.Result journal = java("journal", "export", "--format", "json");
        assertThat(journal.status()).as(journal.err()).isZero();
        assertThat(JSON.readTree(journal.out()).findValuesAsText("ruleSetVersion"))
                .as("the judgement keeps the version it was made with").containsExactly("2026.11-2+2");
        JsonNode versions = JSON.readTree(java("rules", "list", "--json").out());
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("inUse").asBoolean()).isTrue();
        assertThat(versions.get(1).get("inUse").asBoolean()).isFalse();
    }

    @Test
    void brokenJsonALoweredRedFlagAndADeletedFloorRuleAreRefusedWithStatusTwoAndNothingStored() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"version\": \"mine\", \"bands\": [ {\"id\": ", StandardCharsets.UTF_8);
        FatJar.Result notJson = java("rules", "import", "--in", broken.toString());
        assertThat(notJson.status()).isEqualTo(2);
        assertThat(notJson.out()).isEmpty();
        assertThat(notJson.errLines().get(0)).isEqualTo("--in " + broken + " was refused, nothing was stored (1 problem):");
        assertThat(notJson.err()).contains("not a readable rule set").contains("line 1, column 39");

        ObjectNode rules = (ObjectNode) exported(dir.resolve("rules.json"));
        ObjectNode calf = (ObjectNode) find(rules.get("redFlags"), "id", "calf-swelling");
        calf.put("level", "CAUTION");
        FatJar.Result lowered = java("rules", "import", "--in", write(rules, "lowered.json").toString());
        assertThat(lowered.status()).isEqualTo(2);
        assertThat(lowered.err()).contains("redFlags[calf-swelling]: level CAUTION is below the safety floor's URGENT;"
                + " a level may be raised, never lowered");

        calf.put("level", "URGENT");
        ArrayNode warnings = (ArrayNode) rules.get("warningRules");
        for (int i = 0; i < warnings.size(); i++) {
            if (warnings.get(i).get("code").asText().equals("sharp-pain")) {
                warnings.remove(i);
                break;
            }
        }
        FatJar.Result deleted = java("rules", "import", "--in", write(rules, "deleted.json").toString());
        assertThat(deleted.status()).isEqualTo(2);
        assertThat(deleted.err()).contains("warningRules[sharp-pain]: is missing; the safety floor needs it at level CAUTION or higher");

        FatJar.Result list = java("rules", "list", "--json");
        assertThat(JSON.readTree(list.out())).hasSize(1);
    }

    private static JsonNode find(JsonNode rows, String field, String value) {
        for (JsonNode row : rows) {
            if (row.get(field).asText().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + field + " " + value);
    }
}
