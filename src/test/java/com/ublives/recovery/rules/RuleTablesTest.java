package com.ublives.recovery.rules;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static com.ublives.recovery.rules.DefaultRules.ENGINE;
import static com.ublives.recovery.rules.DefaultRules.RULES;
import static com.ublives.recovery.rules.DefaultRules.assess;
import static com.ublives.recovery.rules.DefaultRules.item;
import static com.ublives.recovery.rules.DefaultRules.omittedIds;
import static com.ublives.recovery.rules.DefaultRules.planIds;
import static com.ublives.recovery.rules.DefaultRules.set;
import static com.ublives.recovery.rules.DefaultRules.warning;
import static org.assertj.core.api.Assertions.assertThat;

/** One case per row of every table in docs/rules.md, checked against the shipped rule set. */
class RuleTablesTest {

    // ---- Massage catalog (id -> base band)

    @ParameterizedTest(name = "{0} starts from the {1} band")
    @CsvSource({
            "swedish, LIGHT", "relaxation, LIGHT", "hot-stone, LIGHT", "aromatherapy, LIGHT", "prenatal, LIGHT",
            "deep-tissue, MODERATE", "trigger-point, MODERATE", "sports, MODERATE",
            "myofascial-release, MODERATE", "shiatsu, MODERATE", "thai, MODERATE"})
    void aMildAchyAssessmentKeepsTheMassageTypesBaseBand(String massage, String band) {
        Outcome o = assess(massage, 1);

        assertThat(RULES.massageType(massage).baseBand()).isEqualTo(band);
        assertThat(o.band().id()).isEqualTo(band);
        assertThat(o.firedRules()).contains("band.base." + massage);
    }

    @Test
    void theCatalogHoldsExactlyTheMassageTypesOfRulesMd() {
        assertThat(RULES.massageTypes()).extracting(MassageType::id).containsExactly(
                "swedish", "relaxation", "hot-stone", "aromatherapy", "prenatal", "deep-tissue",
                "trigger-point", "sports", "myofascial-release", "shiatsu", "thai");
        assertThat(RULES.massageTypes()).allSatisfy(m -> assertThat(m.name()).isNotBlank());
    }

    // ---- Duration bands

    @ParameterizedTest(name = "{0} lasts {1} to {2} hours")
    @CsvSource({"LIGHT, 12, 24, false, 12–24 h", "MODERATE, 24, 48, false, 24–48 h", "LINGERING, 48, 72, true, 48–72+ h"})
    void eachBandHasTheHoursOfRulesMd(String id, int min, int max, boolean openEnded, String label) {
        Band band = RULES.band(id);

        assertThat(band.minHours()).isEqualTo(min);
        assertThat(band.maxHours()).isEqualTo(max);
        assertThat(band.openEnded()).isEqualTo(openEnded);
        assertThat(band.hoursLabel()).isEqualTo(label);
        assertThat(band.label()).isNotBlank();
    }

    @Test
    void bandsAreOrderedLightModerateLingering() {
        assertThat(RULES.bands()).extracting(Band::id).containsExactly("LIGHT", "MODERATE", "LINGERING");
    }

    // ---- Soreness severity cut-points (and what they do to a LIGHT massage)

    @ParameterizedTest(name = "soreness {0} is {1} and gives a Swedish massage the {2} band")
    @CsvSource({
            "0, none, LIGHT", "1, mild, LIGHT", "2, mild, LIGHT", "3, mild, LIGHT",
            "4, moderate, MODERATE", "5, moderate, MODERATE", "6, moderate, MODERATE",
            "7, severe, LINGERING", "8, severe, LINGERING", "9, severe, LINGERING", "10, severe, LINGERING"})
    void sorenessFallsInItsCutPointAndSetsTheLeastBand(int soreness, String severity, String band) {
        Outcome o = assess("swedish", soreness);

        assertThat(o.severity().id()).isEqualTo(severity);
        assertThat(o.band().id()).isEqualTo(band);
    }

    @ParameterizedTest(name = "soreness {0} leaves a deep-tissue massage in the {1} band")
    @CsvSource({"0, MODERATE", "3, MODERATE", "4, MODERATE", "6, MODERATE", "7, LINGERING", "10, LINGERING"})
    void severityNeverShortensABand(int soreness, String band) {
        assertThat(assess("deep-tissue", soreness).band().id()).isEqualTo(band);
    }

    // ---- Status table

    @ParameterizedTest(name = "{0} soreness {1} at {2} h is {3}")
    @CsvSource({
            "swedish, 0, 0, NO_SORENESS", "swedish, 0, 100, NO_SORENESS", "deep-tissue, 0, 30, NO_SORENESS",
            "swedish, 1, 0, ON_TRACK", "swedish, 2, 24, ON_TRACK", "deep-tissue, 2, 48, ON_TRACK",
            "deep-tissue, 8, 72, ON_TRACK",
            "swedish, 2, 24.5, LONGER_THAN_EXPECTED", "deep-tissue, 2, 60, LONGER_THAN_EXPECTED",
            "swedish, 2, 72, LONGER_THAN_EXPECTED",
            "swedish, 2, 72.5, PAST_72_HOURS", "deep-tissue, 8, 100, PAST_72_HOURS", "deep-tissue, 1, 200, PAST_72_HOURS"})
    void statusFollowsTheHoursSinceTheMassage(String massage, int soreness, double hours, Status status) {
        Outcome o = assess(Assessment.of(massage, soreness).withHours(hours));

        assertThat(o.status()).isEqualTo(status);
        assertThat(o.firedRules()).contains("status." + status.name().toLowerCase().replace('_', '-'));
    }

    // ---- Warnings: each code with its level, fired when its condition holds and not otherwise

    static Stream<Arguments> warnings() {
        Assessment base = Assessment.of("swedish", 2).withHours(10);
        return Stream.of(
                Arguments.of("sharp-pain", Level.CAUTION, base.withQuality(PainQuality.SHARP), base),
                Arguments.of("severe-soreness", Level.CAUTION, Assessment.of("swedish", 7), Assessment.of("swedish", 6)),
                Arguments.of("longer-than-expected", Level.CAUTION, base.withHours(30), base.withHours(24)),
                Arguments.of("past-72-hours", Level.WARNING, base.withHours(80), base.withHours(72)),
                Arguments.of("worsening", Level.CAUTION, base.withHours(30).withPrevious(0), base.withHours(30).withPrevious(1)));
    }

    @ParameterizedTest(name = "{0} is a {1} warning")
    @MethodSource("warnings")
    void eachWarningHasItsLevelAndFiresOnlyWhenItsConditionHolds(String code, Level level, Assessment fires, Assessment doesNot) {
        Outcome o = assess(fires);

        assertThat(warning(o, code)).isNotNull();
        assertThat(warning(o, code).level()).isEqualTo(level);
        assertThat(warning(o, code).message()).isNotBlank();
        assertThat(o.firedRules()).contains("warning." + code);
        assertThat(warning(assess(doesNot), code)).isNull();
        assertThat(assess(doesNot).firedRules()).doesNotContain("warning." + code);
    }

    // ---- Red flags: each id with its level, shown first

    @ParameterizedTest(name = "red flag {0} is {1}")
    @CsvSource({
            "bladder-bowel, EMERGENCY", "saddle-numbness, EMERGENCY", "leg-weakness, EMERGENCY",
            "chest-pain-breathless, EMERGENCY", "calf-swelling, URGENT", "dark-urine, URGENT", "fever, URGENT",
            "numbness-tingling, URGENT", "severe-headache-dizziness, URGENT", "spreading-bruise, WARNING"})
    void eachRedFlagIsAWarningOfItsLevelShownFirst(String id, Level level) {
        Outcome o = assess(Assessment.of("deep-tissue", 8).withQuality(PainQuality.SHARP).withHours(80)
                .withRedFlags(set(id)));

        Outcome.Warning first = o.warnings().get(0);
        assertThat(first.code()).isEqualTo("red-flag." + id);
        assertThat(first.level()).isEqualTo(level);
        assertThat(first.isRedFlag()).isTrue();
        assertThat(first.message()).contains(RULES.redFlag(id).label()).contains(RULES.redFlag(id).action());
        assertThat(o.firedRules()).contains("red-flag." + id);
        assertThat(o.hasRedFlag()).isTrue();
    }

    @Test
    void theRedFlagListHoldsExactlyTheFlagsOfRulesMd() {
        assertThat(RULES.redFlags()).extracting(RedFlag::id).containsExactlyInAnyOrder(
                "bladder-bowel", "saddle-numbness", "leg-weakness", "chest-pain-breathless", "calf-swelling",
                "dark-urine", "fever", "numbness-tingling", "severe-headache-dizziness", "spreading-bruise");
    }

    // ---- Health conditions: each removes exactly its items, listed as omitted with a reason

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of("blood-thinners", List.of("device.percussion-gun")),
                Arguments.of("reduced-sensation", List.of("device.heated-back-wrap", "heat-cold.heat", "heat-cold.alternate")),
                Arguments.of("pregnancy", List.of("device.percussion-gun", "device.heated-back-wrap")),
                Arguments.of("recent-injury-surgery", List.of("device.heated-back-wrap", "device.shiatsu-pillow",
                        "device.percussion-gun", "heat-cold.heat", "heat-cold.alternate")),
                Arguments.of("pacemaker", List.of("device.percussion-gun")));
    }

    /** One assessment per band, so that every removable item is in some plan. */
    private static final List<Assessment> ONE_PER_BAND = List.of(
            Assessment.of("swedish", 2), Assessment.of("deep-tissue", 2), Assessment.of("deep-tissue", 8));

    @ParameterizedTest(name = "{0} removes exactly {1}")
    @MethodSource("conditions")
    void eachConditionRemovesExactlyItsItemsAndListsThemAsOmitted(String condition, List<String> items) {
        Set<String> removed = new LinkedHashSet<>();
        for (Assessment without : ONE_PER_BAND) {
            Outcome before = assess(without);
            Outcome after = assess(without.withConditions(set(condition)));
            List<String> gone = planIds(before).stream().filter(id -> !planIds(after).contains(id)).toList();

            assertThat(planIds(after)).isSubsetOf(planIds(before));
            assertThat(omittedIds(after)).containsExactlyInAnyOrderElementsOf(gone);
            assertThat(after.omitted()).allSatisfy(om -> {
                assertThat(om.reason()).isNotBlank();
                assertThat(om.title()).isNotBlank();
            });
            if (!gone.isEmpty()) {
                assertThat(after.firedRules()).contains("omit.condition." + condition);
            }
            assertThat(after.band()).isEqualTo(before.band());
            assertThat(after.warnings()).isEqualTo(before.warnings());
            removed.addAll(gone);
        }
        assertThat(removed).containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void theConditionListHoldsExactlyTheConditionsOfRulesMd() {
        assertThat(RULES.conditions()).extracting(HealthCondition::id).containsExactlyInAnyOrder(
                "blood-thinners", "reduced-sensation", "pregnancy", "recent-injury-surgery", "pacemaker");
    }

    // ---- The plan: each item's when-condition, its hours and the phases it shows in

    record PlanCase(String says, String item, Assessment assessment, boolean inPlan, Integer fromHour, Integer toHour,
                    Set<Phase> phases) {
        @Override
        public String toString() {
            return says;
        }
    }

    private static final Set<Phase> ALL = EnumSet.allOf(Phase.class);
    private static final Set<Phase> AFTER_DAY_ONE = EnumSet.of(Phase.SECOND_DAY, Phase.THIRD_DAY);

    static Stream<PlanCase> planItems() {
        Assessment light = Assessment.of("swedish", 2);
        Assessment moderate = Assessment.of("deep-tissue", 2);
        Assessment lingering = Assessment.of("deep-tissue", 8);
        Assessment sharp = light.withQuality(PainQuality.SHARP);
        return Stream.of(
                new PlanCase("water is always in the plan", "hydration.water", Assessment.of("swedish", 0), true, 0, null, ALL),
                new PlanCase("water is in a lingering plan too", "hydration.water", lingering, true, 0, null, ALL),
                new PlanCase("electrolytes come with a moderate band", "hydration.electrolytes", moderate, true, 0, null, ALL),
                new PlanCase("electrolytes come with a lingering band", "hydration.electrolytes", lingering, true, 0, null, ALL),
                new PlanCase("electrolytes are not for a light band", "hydration.electrolytes", light, false, null, null, null),
                new PlanCase("cold is for the first 24 hours when achy", "heat-cold.cold", light, true, 0, 24, EnumSet.of(Phase.FIRST_DAY)),
                new PlanCase("cold is for any time when sharp", "heat-cold.cold", sharp, true, 0, null, ALL),
                new PlanCase("heat is after 24 hours when achy", "heat-cold.heat", light, true, 24, null, AFTER_DAY_ONE),
                new PlanCase("heat is not for sharp pain", "heat-cold.heat", sharp, false, null, null, null),
                new PlanCase("alternating is after 24 hours in a moderate band", "heat-cold.alternate", moderate, true, 24, null, AFTER_DAY_ONE),
                new PlanCase("alternating is after 24 hours in a lingering band", "heat-cold.alternate", lingering, true, 24, null, AFTER_DAY_ONE),
                new PlanCase("alternating is not for a light band", "heat-cold.alternate", light, false, null, null, null),
                new PlanCase("alternating is not for sharp pain", "heat-cold.alternate", moderate.withQuality(PainQuality.SHARP), false, null, null, null),
                new PlanCase("stretching is for achy pain", "stretching.gentle", light, true, 0, null, ALL),
                new PlanCase("stretching is not for sharp pain", "stretching.gentle", sharp, false, null, null, null),
                new PlanCase("walking is always in the plan", "active-rest.walk", lingering, true, 0, null, ALL),
                new PlanCase("the heated wrap is for a light band from the start", "device.heated-back-wrap", light, true, 0, null, ALL),
                new PlanCase("the heated wrap is for a lingering band after 48 hours", "device.heated-back-wrap", lingering, true, 48, null, EnumSet.of(Phase.THIRD_DAY)),
                new PlanCase("the heated wrap is not for a moderate band", "device.heated-back-wrap", moderate, false, null, null, null),
                new PlanCase("the shiatsu pillow is for a moderate band", "device.shiatsu-pillow", moderate, true, 0, null, ALL),
                new PlanCase("the shiatsu pillow is not for a light band", "device.shiatsu-pillow", light, false, null, null, null),
                new PlanCase("the shiatsu pillow is not for a lingering band", "device.shiatsu-pillow", lingering, false, null, null, null),
                new PlanCase("the percussion gun is for a moderate band after 24 hours", "device.percussion-gun", moderate, true, 24, null, AFTER_DAY_ONE),
                new PlanCase("the percussion gun is not for a light band", "device.percussion-gun", light, false, null, null, null),
                new PlanCase("the percussion gun is not for a lingering band", "device.percussion-gun", lingering, false, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("planItems")
    void eachPlanItemAppliesWhenItsConditionHoldsForItsHours(PlanCase c) {
        Outcome o = assess(c.assessment());
        Outcome.PlannedItem item = item(o, c.item());

        if (!c.inPlan()) {
            assertThat(item).isNull();
            return;
        }
        assertThat(item).isNotNull();
        assertThat(item.fromHour()).isEqualTo(c.fromHour());
        assertThat(item.toHour()).isEqualTo(c.toHour());
        assertThat(EnumSet.allOf(Phase.class).stream().filter(item::appliesIn)).containsExactlyInAnyOrderElementsOf(c.phases());
        assertThat(item.title()).isNotBlank();
        assertThat(item.text()).isNotBlank();
        assertThat(item.category().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).isEqualTo(c.item().substring(0, c.item().indexOf('.')));
    }

    @Test
    void thePlanItemsAreExactlyThoseOfRulesMd() {
        assertThat(RULES.planItems()).extracting(PlanItem::id).containsExactly(
                "hydration.water", "hydration.electrolytes", "heat-cold.cold", "heat-cold.heat", "heat-cold.alternate",
                "stretching.gentle", "active-rest.walk", "device.heated-back-wrap", "device.shiatsu-pillow",
                "device.percussion-gun");
    }

    // ---- Factors: one adds its advice and leaves the band alone

    @ParameterizedTest(name = "factor {0} adds its advice")
    @CsvSource({"tight-muscles", "dehydrated", "little-rest", "sensitive", "pre-existing"})
    @DisplayName("one factor adds its advice but leaves the band unchanged")
    void oneFactorAddsItsAdviceButLeavesTheBandUnchanged(String factor) {
        Outcome o = ENGINE.assess(Assessment.of("swedish", 2).withFactors(set(factor)));

        assertThat(o.band().id()).isEqualTo("LIGHT");
        Outcome.Warning advice = warning(o, "factor." + factor);
        assertThat(advice).isNotNull();
        assertThat(advice.level()).isEqualTo(Level.INFO);
        assertThat(advice.message()).isEqualTo(RULES.factors().stream().filter(f -> f.id().equals(factor)).findFirst().orElseThrow().advice());
        assertThat(o.firedRules()).contains("factor." + factor).doesNotContain("band.factors.two-or-more");
    }
}
