package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.rules.RuleSetJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private record Run(int status, String out, String err) {
        JsonNode json() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        if (!all.contains("--help")) {
            all.add("--data-dir");
            all.add(dataDir.toString());
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void planJsonForTheIssueExampleHasTheContractShapeAndValues() throws IOException {
        Run run = run("plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30", "--json");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode plan = run.json();
        assertThat(fieldNames(plan)).containsExactly("massage", "soreness", "quality", "hours", "band", "status",
                "warnings", "plan", "omitted", "firedRules", "ruleSetVersion");
        assertThat(plan.get("massage").asText()).isEqualTo("deep-tissue");
        assertThat(plan.get("soreness").isInt()).isTrue();
        assertThat(plan.get("soreness").asInt()).isEqualTo(5);
        assertThat(plan.get("quality").asText()).isEqualTo("achy");
        assertThat(plan.get("hours").isDouble()).isTrue();
        assertThat(plan.get("hours").asDouble()).isEqualTo(30.0);
        assertThat(plan.get("band").toString()).isEqualTo("{\"id\":\"MODERATE\",\"minHours\":24,\"maxHours\":48}");
        assertThat(plan.get("status").asText()).isEqualTo("ON_TRACK");
        assertThat(plan.get("warnings").isEmpty()).isTrue();
        assertThat(plan.get("omitted").isEmpty()).isTrue();
        assertThat(texts(plan.get("plan"), "id")).containsExactly("hydration.water", "hydration.electrolytes",
                "heat-cold.cold", "heat-cold.heat", "heat-cold.alternate", "stretching.gentle", "active-rest.walk",
                "device.shiatsu-pillow", "device.percussion-gun");
        for (JsonNode item : plan.get("plan")) {
            assertThat(fieldNames(item)).containsExactly("id", "category", "title", "text", "fromHour", "toHour");
            assertThat(item.get("title").asText()).isNotBlank();
            assertThat(item.get("text").asText()).isNotBlank();
        }
        JsonNode water = plan.get("plan").get(0);
        assertThat(water.get("category").asText()).isEqualTo("HYDRATION");
        assertThat(water.get("fromHour").asInt()).isZero();
        assertThat(water.get("toHour").isNull()).isTrue();
        JsonNode cold = plan.get("plan").get(2);
        assertThat(cold.get("category").asText()).isEqualTo("HEAT_COLD");
        assertThat(cold.get("toHour").asInt()).isEqualTo(24);
        assertThat(plan.get("plan").get(8).get("fromHour").asInt()).isEqualTo(24);
        assertThat(texts(plan.get("firedRules"), null)).startsWith("band.base.deep-tissue", "band.severity.moderate", "status.on-track");
        assertThat(plan.get("ruleSetVersion").asText()).isEqualTo(RuleSetJson.parse(bundled()).version());
    }

    @Test
    void planJsonIsPlainAsciiSoAnyConsoleEncodingKeepsItIntact() throws IOException {
        Run run = run("plan", "--massage", "swedish", "--soreness", "2", "--json");

        assertThat(run.out().chars()).allMatch(c -> c < 128);
        assertThat(run.json().get("plan").get(0).get("text").asText()).contains("2\u20133 extra glasses");
    }

    @Test
    void planJsonListsEachOmittedItemWithItsReason() throws IOException {
        Run run = run("plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30",
                "--condition", "blood-thinners", "--json");

        assertThat(run.status()).isZero();
        JsonNode omitted = run.json().get("omitted");
        assertThat(omitted).hasSize(1);
        assertThat(fieldNames(omitted.get(0))).containsExactly("id", "reason");
        assertThat(omitted.get(0).get("id").asText()).isEqualTo("device.percussion-gun");
        assertThat(omitted.get(0).get("reason").asText()).contains("blood thinners");
        assertThat(texts(run.json().get("plan"), "id")).doesNotContain("device.percussion-gun");
    }

    @Test
    void planJsonOrdersWarningsMostSevereFirstWithTheRedFlagOnTop() throws IOException {
        Run run = run("plan", "--massage", "swedish", "--soreness", "8", "--quality", "sharp", "--hours", "80",
                "--factor", "dehydrated", "--red-flag", "fever", "--json");

        assertThat(run.status()).isZero();
        JsonNode plan = run.json();
        assertThat(texts(plan.get("warnings"), "level")).containsExactly("URGENT", "WARNING", "CAUTION", "CAUTION", "INFO");
        assertThat(texts(plan.get("warnings"), "code")).first().isEqualTo("red-flag.fever");
        assertThat(texts(plan.get("warnings"), "code")).contains("past-72-hours", "sharp-pain", "severe-soreness");
        assertThat(plan.get("band").get("id").asText()).isEqualTo("LINGERING");
        assertThat(plan.get("status").asText()).isEqualTo("PAST_72_HOURS");
        assertThat(texts(plan.get("plan"), "category")).doesNotContain("DEVICE", "STRETCHING");
        assertThat(texts(plan.get("omitted"), "id")).contains("stretching.gentle");
    }

    @Test
    void planTextShowsTheBandWithHoursTheWarningsAndThePlanByPhase() {
        Run run = run("plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30", "--previous-soreness", "3");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Deep tissue massage, 30 hours ago: soreness 5 of 10 (moderate), achy")
                .contains("Expected course: Usually eases within 24–48 h (band MODERATE)")
                .contains("Status: ON_TRACK")
                .contains("CAUTION", "[worsening]")
                .contains("First 24 hours", "24–48 hours  <- now", "48–72+ hours")
                .contains("- Drink water (HYDRATION):")
                .contains("Why (rules that fired): band.base.deep-tissue")
                .contains("not a diagnosis");
        assertThat(run.out().indexOf("First 24 hours")).isLessThan(run.out().indexOf("24–48 hours  <- now"));
    }

    @Test
    void planTextPutsARedFlagFirstAndSaysWhatToDoNow() {
        Run run = run("plan", "--massage", "swedish", "--soreness", "2", "--red-flag", "chest-pain-breathless");

        assertThat(run.status()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow())
                .startsWith("!! EMERGENCY: Chest pain or shortness of breath").contains("Call emergency services");
        assertThat(run.out()).contains("Status: ON_TRACK (within the expected 12–24 h; the warning sign above comes first)");
    }

    @Test
    void planTextNamesTheCourseAndKeepsTheSorenessWordBesideTheValue() {
        // deep tissue starts at the 24–48 h band, but 2 of 10 is mild soreness: no "Moderate soreness"
        Run run = run("plan", "--massage", "deep-tissue", "--soreness", "2", "--hours", "30");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("soreness 2 of 10 (mild)")
                .contains("Expected course: Usually eases within 24–48 h (band MODERATE)")
                .doesNotContainIgnoringCase("moderate soreness");
        assertThat(run.out().toLowerCase(java.util.Locale.ROOT).split("mild", -1)).hasSize(2);
        assertThat(run("plan", "--massage", "thai", "--soreness", "8").out())
                .contains("Expected course: May last 48–72 hours or more (band LINGERING)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "--massage deep-tissue --soreness 11 | --soreness must be a whole number from 0 to 10, got 11",
            "--massage deep-tissue --soreness -1 | --soreness must be a whole number from 0 to 10, got -1",
            "--massage deep-tissue --soreness 4.5 | --soreness must be a whole number from 0 to 10, got 4.5",
            "--massage deep-tissue --soreness 3 --previous-soreness 12 | --previous-soreness must be a whole number from 0 to 10, got 12",
            "--massage foot-rub --soreness 3 | --massage must be one of swedish, relaxation, hot-stone, aromatherapy, prenatal, deep-tissue, trigger-point, sports, myofascial-release, shiatsu, thai, got foot-rub",
            "--massage deep-tissue --soreness 3 --hours -2 | --hours must be a number of hours from 0 to 2000000, such as 30 or 4.5, got -2",
            "--massage deep-tissue --soreness 3 --quality dull | --quality must be achy or sharp, got dull",
            "--massage deep-tissue --soreness 3 --factor stress | --factor must be one of tight-muscles, dehydrated, little-rest, sensitive, pre-existing, got stress",
            "--massage deep-tissue --soreness 3 --red-flag itch | --red-flag must be one of bladder-bowel, saddle-numbness, leg-weakness, chest-pain-breathless, calf-swelling, dark-urine, fever, numbness-tingling, severe-headache-dizziness, spreading-bruise, got itch",
            "--massage deep-tissue --soreness 3 --condition flu | --condition must be one of blood-thinners, reduced-sensation, pregnancy, recent-injury-surgery, pacemaker, got flu",
            "--massage deep-tissue | --soreness is required: a whole number from 0 to 10",
            "--massage deep-tissue --soreness 3 --loud | Unknown option: '--loud'",
    })
    void badInputExitsWithTwoAndOneLineNamingTheOptionAndWhatIsAllowed(String args, String message) {
        List<String> all = new ArrayList<>(List.of("plan"));
        all.addAll(Arrays.asList(args.split(" ")));
        all.add("--json");

        Run run = run(all.toArray(String[]::new));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines().toList()).containsExactly(message);
    }

    @Test
    void catalogJsonListsMassageTypesFactorsRedFlagsAndConditions() throws IOException {
        Run run = run("catalog", "--json");

        assertThat(run.status()).isZero();
        JsonNode catalog = run.json();
        assertThat(texts(catalog.get("massageTypes"), "id")).hasSize(11).contains("swedish", "deep-tissue", "thai");
        assertThat(catalog.get("massageTypes").get(5).toString())
                .isEqualTo("{\"id\":\"deep-tissue\",\"name\":\"Deep tissue\",\"baseBand\":\"MODERATE\"}");
        assertThat(texts(catalog.get("factors"), "id"))
                .containsExactly("tight-muscles", "dehydrated", "little-rest", "sensitive", "pre-existing");
        assertThat(texts(catalog.get("redFlags"), "id")).hasSize(10).contains("bladder-bowel", "spreading-bruise");
        assertThat(texts(catalog.get("redFlags"), "level")).containsOnly("EMERGENCY", "URGENT", "WARNING");
        assertThat(texts(catalog.get("conditions"), "id"))
                .containsExactly("blood-thinners", "reduced-sensation", "pregnancy", "recent-injury-surgery", "pacemaker");
    }

    @Test
    void catalogTextNamesTheOptionEachListIsFor() {
        Run run = run("catalog");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Massage types (--massage)", "deep-tissue", "Deep tissue (MODERATE, 24–48 h)",
                "Factors (--factor)", "Red flags (--red-flag)", "EMERGENCY", "Health conditions (--condition)", "pacemaker");
    }

    @Test
    void aFailedWriteToStandardOutputExitsOneWithOneLine() {
        PrintWriter failing = new PrintWriter(new java.io.OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
        StringWriter err = new StringWriter();

        int status = Cli.run(new String[] {"plan", "--massage", "swedish", "--soreness", "3", "--data-dir",
                dataDir.toString()}, failing, new PrintWriter(err, true));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString().lines().toList()).containsExactly(
                "Could not write to standard output (is the disk full or the pipe closed?); the output is incomplete");
    }

    @Test
    void helpListsTheCommands() {
        Run run = run("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: recovery-planner", "plan", "catalog");
    }

    @Test
    void aValueRefusedWithoutTheRuleSetLeavesTheDataFolderUntouched() {
        Path notYet = dataDir.resolve("not-created");
        StringWriter err = new StringWriter();

        int status = Cli.run(new String[]{"plan", "--massage", "deep-tissue", "--soreness", "11", "--data-dir", notYet.toString()},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines().toList()).containsExactly("--soreness must be a whole number from 0 to 10, got 11");
        assertThat(notYet).doesNotExist();
    }

    @Test
    void everyCommandIsListedByTheHelpAndReachableByItsName() {
        assertThat(run("--help").out()).contains("plan", "catalog", "journal", "clinic", "sheet");
        for (String command : List.of("plan", "catalog", "journal", "clinic", "sheet")) {
            Run help = run(command, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out()).contains("Usage: recovery-planner " + command);
        }
        assertThat(run("journal", "status", "--help").out()).contains("Usage: recovery-planner journal status");
    }

    @Test
    void planHelpListsEveryOption() {
        Run run = run("plan", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--massage", "--soreness", "--quality", "--hours", "--previous-soreness",
                "--factor", "--red-flag", "--condition", "--json", "--data-dir");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(field == null ? n.asText() : n.get(field).asText()));
        return values;
    }

    private static String bundled() {
        return Services.defaultRules();
    }
}
