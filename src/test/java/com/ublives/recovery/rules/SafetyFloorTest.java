package com.ublives.recovery.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.ublives.recovery.rules.DefaultRules.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The safety floor of docs/rules.md, held against rule sets given as JSON (an import, or a changed bundled file). */
class SafetyFloorTest {

    private static String edit(String from, String to) {
        assertThat(JSON).contains(from);
        return JSON.replace(from, to);
    }

    /** The JSON with one table's rows removed, the table itself kept (empty). */
    private static String emptied(String table) {
        Matcher m = Pattern.compile("(\"" + table + "\": \\[).*?\\n  ]", Pattern.DOTALL).matcher(JSON);
        assertThat(m.find()).isTrue();
        return JSON.substring(0, m.start()) + m.group(1) + "]" + JSON.substring(m.end());
    }

    private static String withoutLineContaining(String json, String text) {
        String line = json.lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
        return json.replace(line + "\n", "");
    }

    /** The safety floor's problems; a row removed here leaves its German texts behind, which RuleTranslationsTest covers. */
    private static List<String> refused(String json) {
        return catchThrowableOfType(RuleSetException.class, () -> RuleSetJson.parse(json)).problems().stream()
                .filter(p -> !p.startsWith("translations.")).toList();
    }

    @Test
    void aSetWithoutBandRulesIsRefusedNamingEachMissingOne() {
        assertThat(refused(emptied("bandRules"))).containsExactly(
                "bandRules: no rule does what the safety floor's band.severity.moderate does (moderate soreness: at least MODERATE)",
                "bandRules: no rule does what the safety floor's band.severity.severe does (severe soreness: LINGERING)",
                "bandRules: no rule does what the safety floor's band.quality.sharp does (sharp pain: LINGERING)");
    }

    @Test
    void aBandRuleThatNoLongerReachesItsBandIsRefused() {
        String weaker = edit("{\"id\": \"band.quality.sharp\", \"when\": {\"qualityIn\": [\"sharp\"]}, \"atLeast\": \"LINGERING\"",
                "{\"id\": \"band.quality.sharp\", \"when\": {\"qualityIn\": [\"sharp\"]}, \"atLeast\": \"MODERATE\"");

        assertThat(refused(weaker)).containsExactly(
                "bandRules: no rule does what the safety floor's band.quality.sharp does (sharp pain: LINGERING)");
    }

    @Test
    void aBandRuleNarrowedToOneMassageIsRefused() {
        String narrowed = edit("\"when\": {\"severityIn\": [\"severe\"]}, \"atLeast\": \"LINGERING\"",
                "\"when\": {\"severityIn\": [\"severe\"], \"massageIn\": [\"thai\"]}, \"atLeast\": \"LINGERING\"");

        assertThat(refused(narrowed)).containsExactly(
                "bandRules: no rule does what the safety floor's band.severity.severe does (severe soreness: LINGERING)");
    }

    @Test
    void aSetWithoutWarningRulesIsRefusedNamingEachMissingOne() {
        assertThat(refused(emptied("warningRules"))).containsExactly(
                "warningRules[past-72-hours]: is missing; the safety floor needs it at level WARNING or higher",
                "warningRules[sharp-pain]: is missing; the safety floor needs it at level CAUTION or higher",
                "warningRules[severe-soreness]: is missing; the safety floor needs it at level CAUTION or higher",
                "warningRules[worsening]: is missing; the safety floor needs it at level CAUTION or higher");
    }

    @Test
    void aWarningLevelLoweredBelowTheFloorIsRefused() {
        String lowered = edit("\"code\": \"past-72-hours\", \"level\": \"WARNING\"", "\"code\": \"past-72-hours\", \"level\": \"INFO\"");

        assertThat(refused(lowered)).containsExactly(
                "warningRules[past-72-hours]: level INFO is below the safety floor's WARNING; a level may be raised, never lowered");
    }

    @Test
    void aWarningThatHoldsInFewerCasesIsRefused() {
        String narrowed = edit("\"sorenessRiseAtLeast\": 2", "\"sorenessRiseAtLeast\": 11");

        assertThat(refused(narrowed)).containsExactly(
                "warningRules[worsening]: holds in fewer cases than the safety floor's {\"hoursAbove\":24.0,\"sorenessRiseAtLeast\":2}; "
                        + "its condition may be widened, never narrowed");
    }

    @Test
    void aRedFlagLoweredFromEmergencyToInfoIsRefused() {
        String lowered = edit("\"id\": \"bladder-bowel\", \"level\": \"EMERGENCY\"", "\"id\": \"bladder-bowel\", \"level\": \"INFO\"");

        assertThat(refused(lowered)).containsExactly(
                "redFlags[bladder-bowel]: level INFO is below the safety floor's EMERGENCY; a level may be raised, never lowered");
    }

    @Test
    void aMissingRedFlagIsRefused() {
        assertThat(refused(withoutLineContaining(JSON, "\"id\": \"fever\""))).containsExactly(
                "redFlags[fever]: is missing; the safety floor needs it at level URGENT or higher");
    }

    @Test
    void aConditionThatNoLongerRemovesItsItemIsRefused() {
        String json = edit("\"conditionIn\": [\"pacemaker\"]}, \"items\": [\"device.percussion-gun\"]",
                "\"conditionIn\": [\"pacemaker\"]}, \"items\": [\"device.shiatsu-pillow\"]")
                .replace("\"items\": [\"device.percussion-gun\", \"device.heated-back-wrap\"]", "\"items\": [\"device.heated-back-wrap\"]");

        assertThat(refused(json)).containsExactly(
                "conditions[pregnancy]: must remove device.percussion-gun (safety floor), but no exclusion for it does",
                "conditions[pacemaker]: must remove device.percussion-gun (safety floor), but no exclusion for it does");
    }

    @Test
    void aConditionRemovingACategoryMustRemoveEveryItemOfIt() {
        String json = edit("\"categories\": [\"DEVICE\"], \"items\": [\"heat-cold.heat\", \"heat-cold.alternate\"], \"reason\": \"Not advised after",
                "\"items\": [\"device.percussion-gun\", \"heat-cold.heat\", \"heat-cold.alternate\"], \"reason\": \"Not advised after");

        assertThat(refused(json)).containsExactly(
                "conditions[recent-injury-surgery]: must remove device.heated-back-wrap (safety floor: every DEVICE item), but no exclusion for it does",
                "conditions[recent-injury-surgery]: must remove device.shiatsu-pillow (safety floor: every DEVICE item), but no exclusion for it does");
    }

    @Test
    void aMissingConditionIsRefused() {
        String json = withoutLineContaining(withoutLineContaining(JSON, "{\"id\": \"recent-injury-surgery\""),
                "\"id\": \"omit.condition.recent-injury-surgery\"");

        assertThat(refused(json)).containsExactly(
                "conditions[recent-injury-surgery]: is missing; the safety floor needs it, removing every DEVICE item, heat-cold.heat, heat-cold.alternate");
    }

    @Test
    void aLightBandWidenedToTwoToThe31HoursIsRefused() {
        String widened = edit("\"minHours\": 12, \"maxHours\": 24", "\"minHours\": 0, \"maxHours\": 2147483647");

        assertThat(refused(widened)).containsExactly(
                "bands[LIGHT]: hours must lie within 0–168 (safety floor), got 0–2147483647",
                "bands[MODERATE]: must start and end later than LIGHT (safety floor: LIGHT < MODERATE < LINGERING), got LIGHT 0–2147483647 h, MODERATE 24–48 h");
    }

    @Test
    void bandsOutOfOrderAreRefused() {
        String shorter = edit("\"minHours\": 48, \"maxHours\": 72", "\"minHours\": 20, \"maxHours\": 40");

        assertThat(refused(shorter)).containsExactly(
                "bands[LINGERING]: must start and end later than MODERATE (safety floor: LIGHT < MODERATE < LINGERING), got MODERATE 24–48 h, LINGERING 20–40 h");
    }

    @Test
    void aMissingBandIsRefused() {
        String renamed = JSON.replace("\"LINGERING\"", "\"LONG\"");

        assertThat(refused(renamed)).contains("bands[LINGERING]: is missing; the safety floor needs the bands LIGHT < MODERATE < LINGERING");
    }

    @Test
    void everyBreachIsNamedAtOnce() {
        String json = edit("\"id\": \"bladder-bowel\", \"level\": \"EMERGENCY\"", "\"id\": \"bladder-bowel\", \"level\": \"INFO\"")
                .replace("\"code\": \"past-72-hours\", \"level\": \"WARNING\"", "\"code\": \"past-72-hours\", \"level\": \"INFO\"")
                .replace("\"minHours\": 12, \"maxHours\": 24", "\"minHours\": 0, \"maxHours\": 2147483647")
                .replace("\"atLeast\": \"MODERATE\", \"longerBy\": 0", "\"atLeast\": \"LIGHT\", \"longerBy\": 0");

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetJson.parse(json));

        assertThat(e.problems()).hasSize(5);
        assertThat(e.getMessage()).startsWith("The rule set was refused (5 problems):")
                .contains("redFlags[bladder-bowel]", "warningRules[past-72-hours]", "bands[LIGHT]", "bands[MODERATE]",
                        "band.severity.moderate");
    }

    @Test
    void aClinicMayRaiseLevelsWidenConditionsAndAddRemovals() {
        String json = edit("\"id\": \"spreading-bruise\", \"level\": \"WARNING\"", "\"id\": \"spreading-bruise\", \"level\": \"URGENT\"")
                .replace("\"sorenessRiseAtLeast\": 2", "\"sorenessRiseAtLeast\": 1")
                .replace("\"when\": {\"severityIn\": [\"severe\"]}, \"message\"", "\"when\": {\"severityIn\": [\"moderate\", \"severe\"]}, \"message\"")
                .replace("\"items\": [\"device.percussion-gun\"], \"reason\": \"Not advised with a pacemaker",
                        "\"categories\": [\"DEVICE\"], \"reason\": \"Not advised with a pacemaker")
                .replace("{\"id\": \"thai\", \"name\": \"Thai\", \"baseBand\": \"MODERATE\"}",
                        "{\"id\": \"thai\", \"name\": \"Thai\", \"baseBand\": \"MODERATE\"},\n    {\"id\": \"lomi-lomi\", \"name\": \"Lomi lomi\", \"baseBand\": \"LIGHT\"}")
                .replace("\"minHours\": 48, \"maxHours\": 72", "\"minHours\": 48, \"maxHours\": 168");

        RuleSet rules = RuleSetJson.parse(json);

        assertThat(rules.redFlag("spreading-bruise").level()).isEqualTo(Level.URGENT);
        assertThat(rules.massageType("lomi-lomi")).isNotNull();
    }
}
