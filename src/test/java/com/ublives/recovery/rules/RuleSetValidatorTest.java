package com.ublives.recovery.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static com.ublives.recovery.rules.DefaultRules.JSON;
import static com.ublives.recovery.rules.DefaultRules.RULES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RuleSetValidatorTest {

    /** A copy of the default set with one table changed. */
    private static final class Edit {
        String version = RULES.version();
        int watchHours = RULES.watchHours();
        List<Band> bands = new ArrayList<>(RULES.bands());
        List<MassageType> massageTypes = new ArrayList<>(RULES.massageTypes());
        List<Severity> severities = new ArrayList<>(RULES.severities());
        List<Factor> factors = new ArrayList<>(RULES.factors());
        List<RedFlag> redFlags = new ArrayList<>(RULES.redFlags());
        List<HealthCondition> conditions = new ArrayList<>(RULES.conditions());
        List<BandRule> bandRules = new ArrayList<>(RULES.bandRules());
        List<WarningRule> warningRules = new ArrayList<>(RULES.warningRules());
        List<PlanItem> planItems = new ArrayList<>(RULES.planItems());
        List<Exclusion> exclusions = new ArrayList<>(RULES.exclusions());

        RuleSet build() {
            return new RuleSet(version, watchHours, bands, massageTypes, severities, factors, redFlags, conditions,
                    bandRules, warningRules, planItems, exclusions);
        }
    }

    private static List<String> problems(UnaryOperator<Edit> change) {
        return RuleSetValidator.validate(change.apply(new Edit()).build());
    }

    private static When when() {
        return When.ALWAYS;
    }

    private static When severityIn(String id) {
        return new When(null, List.of(id), null, null, null, null, null, null, null, null);
    }

    private static When bandIn(String id) {
        return new When(null, null, null, List.of(id), null, null, null, null, null, null);
    }

    @Test
    void theShippedRuleSetIsSound() {
        assertThat(RuleSetValidator.validate(RULES)).isEmpty();
    }

    @Test
    void theShippedRuleSetIsSoundUnderATurkishLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            assertThat(RuleSetValidator.validate(RULES)).isEmpty();
        } finally {
            Locale.setDefault(before);
        }
    }

    static Stream<Arguments> brokenRows() {
        return Stream.of(
                Arguments.of("an empty version", (UnaryOperator<Edit>) e -> { e.version = " "; return e; },
                        "version: is empty"),
                Arguments.of("no watch hours", (UnaryOperator<Edit>) e -> { e.watchHours = 0; return e; },
                        "watchHours: must be more than 0, got 0"),
                Arguments.of("a massage with an unknown base band", (UnaryOperator<Edit>) e -> {
                    e.massageTypes.set(0, new MassageType("swedish", "Swedish", "HEAVY")); return e; },
                        "massageTypes[swedish]: baseBand refers to unknown id HEAVY"),
                Arguments.of("a duplicate massage id", (UnaryOperator<Edit>) e -> {
                    e.massageTypes.add(new MassageType("thai", "Thai again", "LIGHT")); return e; },
                        "massageTypes[thai]: duplicate id"),
                Arguments.of("an empty massage id", (UnaryOperator<Edit>) e -> {
                    e.massageTypes.add(new MassageType("", "Nameless", "LIGHT")); return e; },
                        "massageTypes[11]: id is empty"),
                Arguments.of("an empty massage name", (UnaryOperator<Edit>) e -> {
                    e.massageTypes.set(1, new MassageType("relaxation", "", "LIGHT")); return e; },
                        "massageTypes[relaxation]: name is empty"),
                Arguments.of("a band with impossible hours", (UnaryOperator<Edit>) e -> {
                    e.bands.set(0, new Band("LIGHT", "Light", "d", 24, 12, false)); return e; },
                        "bands[LIGHT]: hours must satisfy 0 <= minHours <= maxHours, got 24–12"),
                Arguments.of("a band without a label", (UnaryOperator<Edit>) e -> {
                    e.bands.set(1, new Band("MODERATE", null, "d", 24, 48, false)); return e; },
                        "bands[MODERATE]: label is empty"),
                Arguments.of("a gap in the cut-points", (UnaryOperator<Edit>) e -> {
                    e.severities.set(1, new Severity("mild", "mild", 1, 2)); return e; },
                        "severities: soreness 3 is in no cut-point (gap)"),
                Arguments.of("an overlap in the cut-points", (UnaryOperator<Edit>) e -> {
                    e.severities.set(2, new Severity("moderate", "moderate", 3, 6)); return e; },
                        "severities: soreness 3 is in more than one cut-point (overlap: mild, moderate)"),
                Arguments.of("a cut-point past 10", (UnaryOperator<Edit>) e -> {
                    e.severities.set(3, new Severity("severe", "severe", 7, 11)); return e; },
                        "severities[severe]: range must lie within 0–10 with from <= to, got 7–11"),
                Arguments.of("a cut-point without a word", (UnaryOperator<Edit>) e -> {
                    e.severities.set(0, new Severity("none", "", 0, 0)); return e; },
                        "severities[none]: label is empty"),
                Arguments.of("a factor without advice", (UnaryOperator<Edit>) e -> {
                    e.factors.set(0, new Factor("tight-muscles", "Tight", "")); return e; },
                        "factors[tight-muscles]: advice is empty"),
                Arguments.of("a red flag without an action", (UnaryOperator<Edit>) e -> {
                    e.redFlags.set(0, new RedFlag("bladder-bowel", Level.EMERGENCY, "Loss of control", " ")); return e; },
                        "redFlags[bladder-bowel]: action is empty"),
                Arguments.of("a red flag without a level", (UnaryOperator<Edit>) e -> {
                    e.redFlags.set(0, new RedFlag("bladder-bowel", null, "Loss of control", "Call")); return e; },
                        "redFlags[bladder-bowel]: level is missing; one of INFO, CAUTION, WARNING, URGENT, EMERGENCY"),
                Arguments.of("a condition without a label", (UnaryOperator<Edit>) e -> {
                    e.conditions.set(0, new HealthCondition("blood-thinners", null)); return e; },
                        "conditions[blood-thinners]: label is empty"),
                Arguments.of("a band rule naming an unknown severity", (UnaryOperator<Edit>) e -> {
                    e.bandRules.set(0, new BandRule("band.severity.moderate", severityIn("medium"), "MODERATE", 0)); return e; },
                        "bandRules[band.severity.moderate]: when.severityIn refers to unknown id medium"),
                Arguments.of("a band rule raising to an unknown band", (UnaryOperator<Edit>) e -> {
                    e.bandRules.set(1, new BandRule("band.severity.severe", severityIn("severe"), "HEAVY", 0)); return e; },
                        "bandRules[band.severity.severe]: atLeast refers to unknown id HEAVY"),
                Arguments.of("a band rule that does nothing", (UnaryOperator<Edit>) e -> {
                    e.bandRules.add(new BandRule("band.noop", when(), null, 0)); return e; },
                        "bandRules[band.noop]: does nothing; give atLeast (a band id) or longerBy (1 or more)"),
                Arguments.of("a band rule that asks for the status", (UnaryOperator<Edit>) e -> {
                    e.bandRules.add(new BandRule("band.late", new When(null, null, null, null, List.of(Status.PAST_72_HOURS),
                            null, null, null, null, null), null, 1)); return e; },
                        "bandRules[band.late]: when.statusIn can never hold here: the status is found after the band"),
                Arguments.of("a warning without a message", (UnaryOperator<Edit>) e -> {
                    e.warningRules.set(0, new WarningRule("sharp-pain", Level.CAUTION, when(), "")); return e; },
                        "warningRules[sharp-pain]: message is empty"),
                Arguments.of("a warning without a level", (UnaryOperator<Edit>) e -> {
                    e.warningRules.set(0, new WarningRule("sharp-pain", null, when(), "Careful")); return e; },
                        "warningRules[sharp-pain]: level is missing; one of INFO, CAUTION, WARNING, URGENT, EMERGENCY"),
                Arguments.of("a warning naming an unknown band", (UnaryOperator<Edit>) e -> {
                    e.warningRules.add(new WarningRule("heavy", Level.INFO, bandIn("HEAVY"), "Heavy")); return e; },
                        "warningRules[heavy]: when.bandIn refers to unknown id HEAVY"),
                Arguments.of("a plan item without text", (UnaryOperator<Edit>) e -> {
                    PlanItem w = e.planItems.get(0);
                    e.planItems.set(0, new PlanItem(w.id(), w.category(), w.title(), "", w.variants())); return e; },
                        "planItems[hydration.water]: text is empty"),
                Arguments.of("a plan item whose id is not of its category", (UnaryOperator<Edit>) e -> {
                    PlanItem w = e.planItems.get(0);
                    e.planItems.set(0, new PlanItem(w.id(), Category.DEVICE, w.title(), w.text(), w.variants())); return e; },
                        "planItems[hydration.water]: id must start with its category, e.g. device.name"),
                Arguments.of("a plan item that can never apply", (UnaryOperator<Edit>) e -> {
                    PlanItem w = e.planItems.get(0);
                    e.planItems.set(0, new PlanItem(w.id(), w.category(), w.title(), w.text(), List.of())); return e; },
                        "planItems[hydration.water]: has no variants, so it can never be in a plan"),
                Arguments.of("a plan variant that ends before it starts", (UnaryOperator<Edit>) e -> {
                    PlanItem w = e.planItems.get(0);
                    e.planItems.set(0, new PlanItem(w.id(), w.category(), w.title(), w.text(),
                            List.of(new PlanVariant("plan.hydration.water", when(), 24, 12)))); return e; },
                        "planItems[hydration.water].variants[plan.hydration.water]: toHour must be after fromHour, got 24–12"),
                Arguments.of("a plan variant that ends before hour 0", (UnaryOperator<Edit>) e -> {
                    PlanItem w = e.planItems.get(0);
                    e.planItems.set(0, new PlanItem(w.id(), w.category(), w.title(), w.text(),
                            List.of(new PlanVariant("plan.hydration.water", when(), null, 0)))); return e; },
                        "planItems[hydration.water].variants[plan.hydration.water]: toHour must be more than 0, got 0"),
                Arguments.of("a duplicate plan variant rule id", (UnaryOperator<Edit>) e -> {
                    PlanItem w = e.planItems.get(0);
                    e.planItems.set(0, new PlanItem(w.id(), w.category(), w.title(), w.text(),
                            List.of(new PlanVariant("plan.active-rest.walk", when(), 0, null)))); return e; },
                        "planItems[active-rest.walk].variants[plan.active-rest.walk]: duplicate rule id"),
                Arguments.of("an exclusion removing an unknown item", (UnaryOperator<Edit>) e -> {
                    e.exclusions.set(3, new Exclusion("omit.condition.blood-thinners", null, null,
                            List.of("device.massage-chair"), "Ask first")); return e; },
                        "exclusions[omit.condition.blood-thinners]: items refers to unknown id device.massage-chair"),
                Arguments.of("an exclusion for an unknown condition", (UnaryOperator<Edit>) e -> {
                    e.exclusions.add(new Exclusion("omit.asthma", new When(null, null, null, null, null, null, null, null,
                            null, List.of("asthma")), List.of(Category.DEVICE), null, "Ask first")); return e; },
                        "exclusions[omit.asthma]: when.conditionIn refers to unknown id asthma"),
                Arguments.of("an exclusion without a reason", (UnaryOperator<Edit>) e -> {
                    e.exclusions.set(0, new Exclusion("omit.red-flag", null, List.of(Category.DEVICE), null, "")); return e; },
                        "exclusions[omit.red-flag]: reason is empty"),
                Arguments.of("an exclusion that removes nothing", (UnaryOperator<Edit>) e -> {
                    e.exclusions.add(new Exclusion("omit.nothing", null, null, null, "Because")); return e; },
                        "exclusions[omit.nothing]: removes nothing; give categories or items"),
                Arguments.of("no massage types", (UnaryOperator<Edit>) e -> { e.massageTypes.clear(); return e; },
                        "massageTypes: there must be at least one massage type"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("brokenRows")
    void aBrokenRowIsNamedInTheProblems(String what, UnaryOperator<Edit> change, String problem) {
        List<String> problems = problems(change);

        assertThat(problems).contains(problem);
        RuleSetException e = catchThrowableOfType(RuleSetException.class,
                () -> RuleSetValidator.requireValid(change.apply(new Edit()).build()));
        assertThat(e.problems()).isEqualTo(problems);
        assertThat(e.getMessage()).contains(problem);
    }

    @Test
    void aSetWithManyBrokenRowsListsEveryOneOfThem() {
        List<String> problems = problems(e -> {
            e.massageTypes.set(0, new MassageType("swedish", "Swedish", "HEAVY"));
            e.severities.set(1, new Severity("mild", "mild", 1, 2));
            e.factors.set(0, new Factor("tight-muscles", "Tight", ""));
            e.bandRules.set(0, new BandRule("band.severity.moderate", severityIn("medium"), "MODERATE", 0));
            e.exclusions.set(3, new Exclusion("omit.condition.blood-thinners", null, null, List.of("device.chair"), "x"));
            return e;
        });

        assertThat(problems).containsExactlyInAnyOrder(
                "massageTypes[swedish]: baseBand refers to unknown id HEAVY",
                "severities: soreness 3 is in no cut-point (gap)",
                "factors[tight-muscles]: advice is empty",
                "bandRules[band.severity.moderate]: when.severityIn refers to unknown id medium",
                "exclusions[omit.condition.blood-thinners]: items refers to unknown id device.chair",
                // the same two edits also break the safety floor, and that is named too
                "bandRules: no rule does what the safety floor's band.severity.moderate does (moderate soreness: at least MODERATE)",
                "conditions[blood-thinners]: must remove device.percussion-gun (safety floor), but no exclusion for it does");
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetJson.parse(
                RuleSetJson.write(twoBrokenRows())));
        assertThat(e.getMessage()).startsWith("The rule set was refused (2 problems):")
                .contains("massageTypes[swedish]", "factors[tight-muscles]");
    }

    private static RuleSet twoBrokenRows() {
        Edit e = new Edit();
        e.massageTypes.set(0, new MassageType("swedish", "Swedish", "HEAVY"));
        e.factors.set(0, new Factor("tight-muscles", "Tight", ""));
        return e.build();
    }

    // ---- JSON

    @Test
    void theRuleSetSurvivesAJsonRoundTripUnchanged() {
        assertThat(RuleSetJson.parse(RuleSetJson.write(RULES))).isEqualTo(RULES);
    }

    @Test
    void malformedJsonIsRefusedWithItsLine() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetJson.parse("{\n \"version\": ]"));

        assertThat(e.problems()).singleElement().asString().startsWith("not a readable rule set: line 2, column 13: \"]\" is not allowed here;");
    }

    @Test
    void aMisspelledFieldIsRefusedRatherThanIgnored() {
        String typo = JSON.replaceFirst("\"watchHours\"", "\"watchHour\"");

        assertThat(catchThrowableOfType(RuleSetException.class, () -> RuleSetJson.parse(typo)).getMessage())
                .contains("watchHour");
    }

    @Test
    void anUnknownLevelOrCategoryIsRefused() {
        assertThat(catchThrowableOfType(RuleSetException.class,
                () -> RuleSetJson.parse(JSON.replaceFirst("\"EMERGENCY\"", "\"PANIC\"")))).isNotNull();
        assertThat(catchThrowableOfType(RuleSetException.class,
                () -> RuleSetJson.parse(JSON.replaceFirst("\"category\": \"HYDRATION\"", "\"category\": \"FOOD\"")))).isNotNull();
    }

    @Test
    void aNullRowIsRefusedAsUnreadableNotACrash() {
        String withNull = JSON.replaceFirst("\"factors\": \\[", "\"factors\": [null,");

        assertThat(catchThrowableOfType(RuleSetException.class, () -> RuleSetJson.parse(withNull)).problems())
                .singleElement().asString().startsWith("not a readable rule set");
    }
}
