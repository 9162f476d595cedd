package com.ublives.recovery.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static com.ublives.recovery.rules.DefaultRules.RULES;
import static com.ublives.recovery.rules.DefaultRules.assess;
import static com.ublives.recovery.rules.DefaultRules.omittedIds;
import static com.ublives.recovery.rules.DefaultRules.planIds;
import static com.ublives.recovery.rules.DefaultRules.set;
import static com.ublives.recovery.rules.DefaultRules.warning;
import static com.ublives.recovery.rules.DefaultRules.warningCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edges of docs/rules.md: the cut-points, the hour boundaries, factors, sharp pain, red flags, order. */
class RuleEngineEdgesTest {

    // ---- soreness 3/4 and 6/7

    @Test
    void soreness3KeepsALightMassageLightButSoreness4MakesItModerate() {
        assertThat(assess("swedish", 3).band().id()).isEqualTo("LIGHT");
        assertThat(assess("swedish", 4).band().id()).isEqualTo("MODERATE");
        assertThat(assess("swedish", 4).firedRules()).contains("band.severity.moderate");
        assertThat(assess("swedish", 3).firedRules()).doesNotContain("band.severity.moderate");
    }

    @Test
    void soreness6IsModerateWithoutWarningButSoreness7IsLingeringWithTheSevereWarning() {
        Outcome six = assess("swedish", 6);
        Outcome seven = assess("swedish", 7);

        assertThat(six.band().id()).isEqualTo("MODERATE");
        assertThat(warning(six, "severe-soreness")).isNull();
        assertThat(seven.band().id()).isEqualTo("LINGERING");
        assertThat(warning(seven, "severe-soreness").level()).isEqualTo(Level.CAUTION);
        assertThat(seven.firedRules()).contains("band.severity.severe");
    }

    // ---- hours 24/25, 48/49, 72/73

    @ParameterizedTest(name = "{0} soreness {1}: {2} h is {3}")
    @CsvSource({
            "swedish, 2, 24, ON_TRACK", "swedish, 2, 25, LONGER_THAN_EXPECTED",
            "deep-tissue, 2, 48, ON_TRACK", "deep-tissue, 2, 49, LONGER_THAN_EXPECTED",
            "swedish, 2, 72, LONGER_THAN_EXPECTED", "swedish, 2, 73, PAST_72_HOURS",
            "deep-tissue, 2, 72, LONGER_THAN_EXPECTED", "deep-tissue, 2, 73, PAST_72_HOURS",
            "deep-tissue, 8, 72, ON_TRACK", "deep-tissue, 8, 73, PAST_72_HOURS",
            "swedish, 2, 72.0001, PAST_72_HOURS"})
    void theStatusChangesJustAfterEachBoundaryAnd72IsNotPast(String massage, int soreness, double hours, Status status) {
        assertThat(assess(Assessment.of(massage, soreness).withHours(hours)).status()).isEqualTo(status);
    }

    @Test
    void seventyTwoHoursGivesNoPast72WarningButSeventyThreeDoes() {
        Outcome at72 = assess(Assessment.of("swedish", 2).withHours(72));
        Outcome at73 = assess(Assessment.of("swedish", 2).withHours(73));

        assertThat(warningCodes(at72)).contains("longer-than-expected").doesNotContain("past-72-hours");
        assertThat(warningCodes(at73)).contains("past-72-hours").doesNotContain("longer-than-expected");
        assertThat(warning(at73, "past-72-hours").level()).isEqualTo(Level.WARNING);
    }

    @Test
    void noSorenessIsNeverLateWhateverTheHours() {
        Outcome o = assess(Assessment.of("swedish", 0).withHours(500));

        assertThat(o.status()).isEqualTo(Status.NO_SORENESS);
        assertThat(o.warnings()).isEmpty();
    }

    // ---- worsening: hours > 24 and a rise of at least 2

    @ParameterizedTest(name = "previous {1} -> soreness {2} at {0} h worsens: {3}")
    @CsvSource({
            "25, 3, 5, true", "25, 3, 6, true", "25, 4, 5, false", "25, 5, 5, false", "25, 6, 3, false",
            "24, 3, 5, false", "24.01, 3, 5, true", "0, 0, 9, false", "100, 0, 10, true"})
    void worseningNeedsMoreThan24HoursAndARiseOfTwo(double hours, int previous, int soreness, boolean worsening) {
        Outcome o = assess(Assessment.of("deep-tissue", soreness).withHours(hours).withPrevious(previous));

        assertThat(warningCodes(o).contains("worsening")).isEqualTo(worsening);
    }

    @Test
    void withoutAPreviousCheckInNothingIsWorsening() {
        assertThat(warningCodes(assess(Assessment.of("deep-tissue", 9).withHours(30)))).doesNotContain("worsening");
    }

    // ---- one factor vs two

    @Test
    void oneFactorLeavesTheBandButTwoMakeItOneBandLonger() {
        Assessment light = Assessment.of("swedish", 2);

        assertThat(assess(light.withFactors(set("dehydrated"))).band().id()).isEqualTo("LIGHT");
        Outcome two = assess(light.withFactors(set("dehydrated", "little-rest")));
        assertThat(two.band().id()).isEqualTo("MODERATE");
        assertThat(two.firedRules()).contains("band.factors.two-or-more", "factor.dehydrated", "factor.little-rest");
        assertThat(warningCodes(two)).contains("factor.dehydrated", "factor.little-rest");
    }

    @Test
    void fiveFactorsStillMakeTheBandOnlyOneLonger() {
        Outcome o = assess(Assessment.of("swedish", 2)
                .withFactors(set("tight-muscles", "dehydrated", "little-rest", "sensitive", "pre-existing")));

        assertThat(o.band().id()).isEqualTo("MODERATE");
    }

    @Test
    void twoFactorsLengthenTheBandThatSeverityGave() {
        Outcome o = assess(Assessment.of("swedish", 5).withFactors(set("dehydrated", "sensitive")));

        assertThat(o.band().id()).isEqualTo("LINGERING");
    }

    @ParameterizedTest(name = "{0} soreness {1} sharp={2} stays LINGERING with two factors")
    @CsvSource({"deep-tissue, 2, false", "swedish, 8, false", "swedish, 2, true"})
    void twoFactorsNeverGoPastLingering(String massage, int soreness, boolean sharp) {
        Outcome o = assess(Assessment.of(massage, soreness)
                .withQuality(sharp ? PainQuality.SHARP : PainQuality.ACHY)
                .withFactors(set("dehydrated", "sensitive")));

        assertThat(o.band().id()).isEqualTo("LINGERING");
    }

    // ---- sharp pain

    @Test
    void sharpPainMakesTheBandLingeringAndHoldsOffDevicesAndStretching() {
        Outcome o = assess(Assessment.of("swedish", 1).withQuality(PainQuality.SHARP));

        assertThat(o.band().id()).isEqualTo("LINGERING");
        assertThat(o.plan()).noneMatch(i -> i.category() == Category.DEVICE || i.category() == Category.STRETCHING);
        assertThat(omittedIds(o)).containsExactlyInAnyOrder("stretching.gentle", "device.heated-back-wrap");
        assertThat(o.omitted()).allSatisfy(om -> assertThat(om.reason()).contains("sharp"));
        assertThat(warning(o, "sharp-pain").level()).isEqualTo(Level.CAUTION);
        assertThat(o.firedRules()).contains("band.quality.sharp", "warning.sharp-pain", "omit.sharp-pain",
                "plan.heat-cold.cold.sharp");
        assertThat(planIds(o)).contains("heat-cold.cold", "hydration.water", "active-rest.walk");
    }

    // ---- red flags override everything

    @ParameterizedTest(name = "red flag {0} leaves no device, stretching or heat")
    @ValueSource(strings = {"bladder-bowel", "saddle-numbness", "leg-weakness", "chest-pain-breathless",
            "calf-swelling", "dark-urine", "fever", "numbness-tingling", "severe-headache-dizziness"})
    void anUrgentOrEmergencyFlagLeavesOnlyRestHydrationAndCold(String flag) {
        for (Assessment a : List.of(Assessment.of("swedish", 2), Assessment.of("deep-tissue", 3),
                Assessment.of("deep-tissue", 9), Assessment.of("thai", 0).withHours(80))) {
            Outcome o = assess(a.withRedFlags(set(flag)));

            assertThat(o.plan()).noneMatch(i -> i.category() == Category.DEVICE || i.category() == Category.STRETCHING
                    || i.id().equals("heat-cold.heat") || i.id().equals("heat-cold.alternate"));
            assertThat(o.plan()).allMatch(i -> i.category() == Category.HYDRATION || i.category() == Category.ACTIVE_REST
                    || i.id().equals("heat-cold.cold"));
            assertThat(omittedIds(o)).contains("stretching.gentle", "heat-cold.heat").doesNotHaveDuplicates();
            assertThat(o.firedRules()).contains("omit.red-flag");
            assertThat(o.warnings().get(0).code()).isEqualTo("red-flag." + flag);
        }
    }

    @Test
    void aWarningLevelFlagIsShownFirstButRemovesNothing() {
        Assessment a = Assessment.of("deep-tissue", 3);

        Outcome o = assess(a.withRedFlags(set("spreading-bruise")));

        assertThat(o.warnings().get(0).code()).isEqualTo("red-flag.spreading-bruise");
        assertThat(o.plan()).isEqualTo(assess(a).plan());
        assertThat(o.omitted()).isEmpty();
    }

    @Test
    void aRedFlagIsShownEvenWithNoSorenessRightAfterTheMassage() {
        Outcome o = assess(Assessment.of("relaxation", 0).withRedFlags(set("chest-pain-breathless")));

        assertThat(o.status()).isEqualTo(Status.NO_SORENESS);
        assertThat(warningCodes(o)).containsExactly("red-flag.chest-pain-breathless");
        assertThat(o.highestLevel()).isEqualTo(Level.EMERGENCY);
    }

    @Test
    void theRedFlagExclusionGivesItsOwnReasonBeforeAnyConditionReason() {
        Outcome o = assess(Assessment.of("deep-tissue", 2).withRedFlags(set("fever")).withConditions(set("blood-thinners")));

        Outcome.Omission gun = o.omitted().stream().filter(om -> om.id().equals("device.percussion-gun")).findFirst().orElseThrow();
        assertThat(gun.reason()).isEqualTo(RULES.exclusions().get(0).reason());
    }

    // ---- warning order: red flags first, then most severe first

    @Test
    void redFlagsComeFirstThenWarningsMostSevereFirstThenAdvice() {
        Outcome o = assess(Assessment.of("deep-tissue", 9).withQuality(PainQuality.SHARP).withHours(80).withPrevious(2)
                .withFactors(set("dehydrated"))
                .withRedFlags(set("spreading-bruise", "fever", "leg-weakness")));

        assertThat(warningCodes(o)).containsExactly(
                "red-flag.leg-weakness", "red-flag.fever", "red-flag.spreading-bruise",
                "past-72-hours",
                "severe-soreness", "sharp-pain", "worsening",
                "factor.dehydrated");
        assertThat(o.warnings()).extracting(Outcome.Warning::level).containsExactly(
                Level.EMERGENCY, Level.URGENT, Level.WARNING, Level.WARNING,
                Level.CAUTION, Level.CAUTION, Level.CAUTION, Level.INFO);
    }

    @Test
    void aLowerRedFlagStillComesBeforeAnEquallySevereWarning() {
        Outcome o = assess(Assessment.of("swedish", 2).withHours(90).withRedFlags(set("spreading-bruise")));

        assertThat(warningCodes(o)).containsExactly("red-flag.spreading-bruise", "past-72-hours");
    }

    @Test
    void theWarningOrderDoesNotDependOnTheOrderTheFlagsWereGiven() {
        Set<String> flags = set("fever", "calf-swelling", "dark-urine", "numbness-tingling");

        Outcome o = assess(Assessment.of("swedish", 2).withRedFlags(flags));

        assertThat(warningCodes(o)).containsExactly(
                "red-flag.calf-swelling", "red-flag.dark-urine", "red-flag.fever", "red-flag.numbness-tingling");
    }

    // ---- fired rules and the rest of the outcome

    @Test
    void everyRuleThatShapedTheOutcomeIsNamedInFiredRules() {
        Outcome o = assess(Assessment.of("deep-tissue", 5).withQuality(PainQuality.SHARP).withHours(30).withPrevious(2)
                .withFactors(set("dehydrated", "sensitive")).withConditions(set("blood-thinners")));

        assertThat(o.firedRules()).containsExactly(
                "band.base.deep-tissue", "band.severity.moderate", "band.quality.sharp", "band.factors.two-or-more",
                "status.on-track",
                "warning.sharp-pain", "warning.worsening", "factor.dehydrated", "factor.sensitive",
                "plan.hydration.water", "plan.hydration.electrolytes", "plan.heat-cold.cold.sharp",
                "omit.sharp-pain", "plan.active-rest.walk");
        assertThat(o.ruleSetVersion()).isEqualTo(RULES.version());
    }

    @Test
    void theOutcomeCarriesTheAssessmentItJudged() {
        Assessment a = Assessment.of("thai", 4).withHours(12);

        assertThat(assess(a).assessment()).isEqualTo(a);
    }

    @Test
    void theOutcomeCannotBeChangedByItsReader() {
        Outcome o = assess("swedish", 2);

        assertThatThrownBy(() -> o.plan().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.warnings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> o.firedRules().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "an unvalidated assessment ({0}) is refused as a bug")
    @ValueSource(strings = {"massage", "soreness-high", "soreness-low", "red-flag", "factor", "condition"})
    void anAssessmentThatWasNotValidatedIsRefused(String what) {
        Assessment ok = Assessment.of("swedish", 2);
        Assessment bad = switch (what) {
            case "massage" -> Assessment.of("reiki", 2);
            case "soreness-high" -> Assessment.of("swedish", 11);
            case "soreness-low" -> Assessment.of("swedish", -1);
            case "red-flag" -> ok.withRedFlags(set("headache"));
            case "factor" -> ok.withFactors(set("tired"));
            default -> ok.withConditions(set("asthma"));
        };

        assertThatThrownBy(() -> assess(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not validated");
    }
}
