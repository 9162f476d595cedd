package com.ublives.recovery.assess;

import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Phase;
import com.ublives.recovery.rules.Status;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PlanPresenterTest {

    private final PlannerService planner = TestPlanner.planner();
    private final PlanPresenter presenter = new PlanPresenter(planner.ruleSet(), TestPlanner.texts());

    private PlanPage present(Assessment assessment) {
        return presenter.present(planner.assess(assessment));
    }

    private static PlanPage.PhaseGroup phase(PlanPage page, Phase phase) {
        return page.phases().stream().filter(p -> p.phase() == phase).findFirst().orElseThrow();
    }

    private static java.util.List<String> itemIds(PlanPage.PhaseGroup phase) {
        return phase.categories().stream().flatMap(c -> c.items().stream()).map(PlanPage.Item::id).toList();
    }

    @Test
    void thePlanIsGroupedByPhaseThenCategory() {
        PlanPage page = present(Assessment.of("deep-tissue", 5).withHours(30));

        assertThat(page.phases()).extracting(PlanPage.PhaseGroup::title)
                .containsExactly("First 24 hours", "24–48 hours", "48–72+ hours");
        assertThat(itemIds(phase(page, Phase.FIRST_DAY))).contains("heat-cold.cold").doesNotContain("heat-cold.heat");
        assertThat(itemIds(phase(page, Phase.SECOND_DAY))).contains("heat-cold.heat", "device.percussion-gun");
        assertThat(phase(page, Phase.SECOND_DAY).categories()).extracting(PlanPage.CategoryGroup::category)
                .isSortedAccordingTo(Enum::compareTo)
                .contains(Category.HYDRATION, Category.HEAT_COLD, Category.DEVICE);
    }

    @Test
    void thePhaseHoldingNowIsMarkedCurrent() {
        PlanPage page = present(Assessment.of("deep-tissue", 5).withHours(30));

        assertThat(page.phases()).extracting(PlanPage.PhaseGroup::current).containsExactly(false, true, false);
        assertThat(present(Assessment.of("deep-tissue", 5).withHours(24)).phases())
                .extracting(PlanPage.PhaseGroup::current).containsExactly(false, true, false);
        assertThat(present(Assessment.of("deep-tissue", 5).withHours(200)).phases())
                .extracting(PlanPage.PhaseGroup::current).containsExactly(false, false, true);
    }

    @Test
    void theTimelineHighlightsTheBandAndMarksNow() {
        PlanPage.Timeline timeline = present(Assessment.of("deep-tissue", 5).withHours(30)).timeline();

        assertThat(timeline.windowFrom()).isEqualTo(24);
        assertThat(timeline.windowTo()).isEqualTo(48);
        assertThat(timeline.now()).isEqualTo(30.0);
        assertThat(timeline.nowBeyondAxis()).isFalse();
    }

    @Test
    void nowPastTheAxisStopsAtItsEnd() {
        PlanPage page = present(Assessment.of("swedish", 3).withHours(100));

        assertThat(page.timeline().now()).isEqualTo(PlanPresenter.AXIS_END);
        assertThat(page.timeline().nowBeyondAxis()).isTrue();
        assertThat(page.timeline().nowLabel()).isEqualTo("now: 100 h");
        assertThat(page.timeline().tickLabels()).startsWith("0 h").endsWith("72+ h");
        assertThat(page.status()).isEqualTo(Status.PAST_72_HOURS);
        assertThat(page.statusText()).contains("Contact your therapist or a health professional");
    }

    @Test
    void omittedAdviceIsListedWithItsReason() {
        PlanPage page = present(Assessment.of("deep-tissue", 5).withHours(30).withConditions(Set.of("blood-thinners")));

        assertThat(page.omitted()).extracting(PlanPage.Omitted::id).containsExactly("device.percussion-gun");
        assertThat(page.omitted().get(0).reason()).isNotBlank();
        assertThat(page.phases()).flatMap(PlanPage.PhaseGroup::categories).flatMap(PlanPage.CategoryGroup::items)
                .extracting(PlanPage.Item::id).doesNotContain("device.percussion-gun");
    }

    @Test
    void warningsComeWithTheirLevelAndRedFlagsApart() {
        PlanPage page = present(Assessment.of("swedish", 8).withRedFlags(Set.of("chest-pain-breathless")));

        assertThat(page.redFlags()).extracting(PlanPage.RedFlagAlert::heading).containsExactly("Emergency: get help now");
        assertThat(page.warnings()).extracting(PlanPage.Notice::code).contains("severe-soreness")
                .noneMatch(code -> code.startsWith("red-flag."));
    }

    @Test
    void theBandIsTitledByItsCourseAndTheSorenessWordStandsOnlyBesideTheValue() {
        // deep tissue starts at the 24–48 h band; 2 is mild soreness, never "Moderate soreness"
        PlanPage page = present(Assessment.of("deep-tissue", 2).withHours(30));

        assertThat(page.bandTitle()).isEqualTo("Usually eases within 24–48 h");
        assertThat(page.bandCaption()).isEqualTo("Expected course");
        assertThat(page.severityText()).isEqualTo("Soreness 2 of 10: mild");
        assertThat(String.join(" ", page.bandCaption(), page.bandTitle(), page.bandDescription(), page.statusText()))
                .doesNotContainIgnoringCase("mild").doesNotContainIgnoringCase("moderate").doesNotContainIgnoringCase("severe");
        assertThat(present(Assessment.of("thai", 8)).bandTitle()).isEqualTo("May last 48–72 hours or more");
    }

    @Test
    void besideARedFlagTheStatusIsNoReassurance() {
        PlanPage page = present(Assessment.of("deep-tissue", 2).withHours(30).withRedFlags(Set.of("calf-swelling")));

        assertThat(page.status()).isEqualTo(Status.ON_TRACK);
        assertThat(page.statusText()).doesNotStartWith("On track").contains("warning sign above");
        assertThat(page.bandCaption()).contains("the warning sign above comes first");
    }

    @Test
    void alertsComeFromTheFlagsAloneInTheOrderOfTheEnginesWarnings() {
        Set<String> flags = Set.of("spreading-bruise", "fever", "chest-pain-breathless", "calf-swelling");
        var outcome = planner.assess(Assessment.of("swedish", 2).withRedFlags(flags));

        assertThat(presenter.alerts(flags)).extracting(PlanPage.RedFlagAlert::symptom).containsExactlyElementsOf(
                outcome.warnings().stream().filter(w -> w.isRedFlag())
                        .map(w -> planner.ruleSet().redFlag(w.code().substring("red-flag.".length())).label()).toList());
        assertThat(presenter.alerts(flags).get(0).heading()).isEqualTo("Emergency: get help now");
        assertThat(presenter.present(outcome).redFlags()).isEqualTo(presenter.alerts(flags));
    }

    @Test
    void theWhySectionListsTheRulesThatFired() {
        PlanPage page = present(Assessment.of("deep-tissue", 5).withHours(30));

        assertThat(page.firedRules()).extracting(PlanPage.Rule::id).contains("band.base.deep-tissue", "band.severity.moderate");
        assertThat(page.ruleSetVersion()).startsWith("Rule set ");
    }

    @Test
    void theWhySectionSaysWhatEachRuleSaidInWordsFromTheRuleSet() {
        PlanPage page = present(Assessment.of("deep-tissue", 5).withHours(30).withPrevious(3)
                .withFactors(Set.of("dehydrated", "little-rest")).withConditions(Set.of("blood-thinners"))
                .withRedFlags(Set.of("spreading-bruise")));
        java.util.Map<String, String> said = new java.util.LinkedHashMap<>();
        page.firedRules().forEach(r -> said.put(r.id(), r.words()));

        assertThat(said).containsEntry("band.base.deep-tissue", "Deep tissue massage: usually eases within 24–48 h")
                .containsEntry("band.severity.moderate", "Soreness 4–6 of 10 (moderate): at least 24–48 h")
                .containsEntry("band.factors.two-or-more", "2 or more things that may make it last longer: the next longer course")
                .containsEntry("status.on-track", "30 h since the massage: within the expected 48–72+ h")
                .containsEntry("red-flag.spreading-bruise", "Warning sign (Warning): A large or spreading bruise")
                .containsEntry("factor.dehydrated", planner.ruleSet().factors().stream()
                        .filter(f -> f.id().equals("dehydrated")).findFirst().orElseThrow().advice())
                .containsEntry("plan.hydration.water", "Advice: Drink water");
        assertThat(said.get("warning.worsening")).startsWith("Caution: Your soreness has risen by 2 points");
        said.forEach((id, words) -> assertThat(words).as("the words of %s", id).isNotEqualTo(id).doesNotContain(id));
    }

    @Test
    void aRuleLeftOutForSafetyNamesWhatItLeftOutAndWhy() {
        PlanPage page = present(Assessment.of("deep-tissue", 5).withHours(30).withConditions(Set.of("blood-thinners")));

        assertThat(page.firedRules()).filteredOn(r -> r.id().equals("omit.condition.blood-thinners"))
                .extracting(PlanPage.Rule::words)
                .containsExactly("Left out: Percussion massager. Not advised with blood thinners: ask your doctor first.");
    }

    @Test
    void itemHoursAreWorded() {
        PlanPage page = present(Assessment.of("deep-tissue", 5).withHours(30));

        assertThat(phase(page, Phase.FIRST_DAY).categories().stream().flatMap(c -> c.items().stream())
                .filter(i -> i.id().equals("hydration.water")).findFirst().orElseThrow().hours()).isEqualTo("any time");
    }

    @Test
    void adviceRunningThroughSeveralPhasesIsWrittenOutOnceAndThenOnlyNamed() {
        PlanPage page = present(Assessment.of("deep-tissue", 5).withHours(30));

        java.util.function.Function<Phase, PlanPage.Item> water = p -> phase(page, p).categories().stream()
                .flatMap(c -> c.items().stream()).filter(i -> i.id().equals("hydration.water")).findFirst().orElseThrow();
        assertThat(water.apply(Phase.FIRST_DAY).continued()).isFalse();
        assertThat(water.apply(Phase.SECOND_DAY).continued()).isTrue();
        assertThat(water.apply(Phase.THIRD_DAY).continued()).isTrue();
    }
}
