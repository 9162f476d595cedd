package com.ublives.recovery.assess;

import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PainQuality;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentViewModelTest {

    private final AssessmentViewModel model = TestPlanner.viewModel();

    private void choose(String massageId) {
        MassageType type = model.massageTypes().stream().filter(t -> t.id().equals(massageId)).findFirst().orElseThrow();
        model.massage().set(type);
    }

    private void tick(java.util.List<com.ublives.recovery.ui.Choice> choices, String id) {
        choices.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().selected().set(true);
    }

    @Test
    void deepTissueAtFiveThirtyHoursAgoShowsTheModerateBandOnTrack() {
        choose("deep-tissue");
        model.sorenessText().set("5");
        model.massageDate().set(TestPlanner.NOW.toLocalDate().minusDays(1));
        model.massageTime().set("06:00");

        model.showPlan();

        PlanPage plan = model.plan().get();
        assertThat(plan).isNotNull();
        assertThat(plan.bandId()).isEqualTo("MODERATE");
        assertThat(plan.bandHours()).isEqualTo("Usually 24–48 h");
        assertThat(plan.timeline().now()).isEqualTo(30.0);
        assertThat(model.hoursText().get()).isEqualTo("30 h ago");
    }

    @Test
    void noPlanIsShownBeforeItIsAskedFor() {
        choose("swedish");
        model.sorenessText().set("2");

        assertThat(model.valid().get()).isTrue();
        assertThat(model.plan().get()).isNull();
        assertThat(model.blockedMessage().get()).isNull();
    }

    @Test
    void aMissingMassageTypeBlocksThePlanAndSaysWhy() {
        model.sorenessText().set("4");

        model.showPlan();

        assertThat(model.plan().get()).isNull();
        assertThat(model.massageError().get()).isEqualTo("Choose the massage you had.");
        assertThat(model.blockedMessage().get()).startsWith("Fix the marked fields").contains("Choose the massage you had.");
    }

    @Test
    void sorenessElevenIsRefusedWithTheSameWordsAsTheCommandLine() {
        choose("swedish");
        model.sorenessText().set("11");

        assertThat(model.sorenessError().get()).isEqualTo("Soreness must be a whole number from 0 to 10, got 11");
        model.showPlan();
        assertThat(model.plan().get()).isNull();
    }

    @Test
    void errorsStayHiddenUntilTheFieldIsChangedOrAPlanIsAskedFor() {
        assertThat(model.massageError().get()).isNull();
        assertThat(model.valid().get()).isFalse();
    }

    @Test
    void aTimeInTheFutureIsRefused() {
        choose("swedish");
        model.massageTime().set("13:30");

        assertThat(model.whenError().get()).contains("in the future");
        model.showPlan();
        assertThat(model.plan().get()).isNull();
    }

    @Test
    void anUnreadableTimeIsRefused() {
        choose("swedish");
        model.massageTime().set("half past");

        assertThat(model.whenError().get()).contains("hours and minutes");
        assertThat(model.hoursText().get()).isEmpty();
    }

    @Test
    void sliderAndNumberFieldStayInStep() {
        model.soreness().set(7);
        assertThat(model.sorenessText().get()).isEqualTo("7");

        model.sorenessText().set("3");
        assertThat(model.soreness().get()).isEqualTo(3);

        model.sorenessText().set("12");
        assertThat(model.soreness().get()).isEqualTo(3);
    }

    @Test
    void sorenessWordFollowsTheCutPointsOfTheRuleSet() {
        model.sorenessText().set("0");
        assertThat(model.sorenessWord().get()).isEqualTo("none");
        model.sorenessText().set("3");
        assertThat(model.sorenessWord().get()).isEqualTo("mild");
        model.sorenessText().set("4");
        assertThat(model.sorenessSeverity().get()).isEqualTo("moderate");
        model.sorenessText().set("6");
        assertThat(model.sorenessWord().get()).isEqualTo("moderate");
        model.sorenessText().set("7");
        assertThat(model.sorenessWord().get()).isEqualTo("severe");
        model.sorenessText().set("11");
        assertThat(model.sorenessWord().get()).isEmpty();
    }

    @Test
    void aRedFlagComesFirstAsAnAlertThatSaysWhatToDoNow() {
        choose("swedish");
        model.sorenessText().set("2");
        tick(model.redFlags(), "calf-swelling");

        model.showPlan();

        PlanPage plan = model.plan().get();
        assertThat(plan.redFlags()).hasSize(1);
        assertThat(plan.redFlags().get(0).heading()).isEqualTo("Get medical care today");
        assertThat(plan.redFlags().get(0).action()).contains("doctor today");
        assertThat(plan.phases()).flatMap(PlanPage.PhaseGroup::categories)
                .extracting(PlanPage.CategoryGroup::category)
                .doesNotContain(com.ublives.recovery.rules.Category.DEVICE, com.ublives.recovery.rules.Category.STRETCHING);
    }

    @Test
    void afterTheFirstPlanEachValidChangeUpdatesItAndAnInvalidOneWithdrawsIt() {
        choose("swedish");
        model.sorenessText().set("2");
        model.showPlan();
        assertThat(model.plan().get().bandId()).isEqualTo("LIGHT");

        model.quality().set(PainQuality.SHARP);
        assertThat(model.plan().get().bandId()).isEqualTo("LINGERING");

        model.sorenessText().set("4.5");
        assertThat(model.plan().get()).isNull();
        assertThat(model.blockedMessage().get()).contains("got 4.5");
    }

    @Test
    void resetClearsTheFormThePlanAndTheErrors() {
        choose("thai");
        model.sorenessText().set("8");
        tick(model.factors(), "dehydrated");
        model.showPlan();

        model.reset();

        assertThat(model.massage().get()).isNull();
        assertThat(model.sorenessText().get()).isEqualTo("0");
        assertThat(model.factors()).allMatch(c -> !c.selected().get());
        assertThat(model.plan().get()).isNull();
        assertThat(model.massageError().get()).isNull();
        assertThat(model.blockedMessage().get()).isNull();
    }

    @Test
    void nowSetsTheMassageTimeToTheClock() {
        model.massageTime().set("08:15");
        model.massageWasNow();

        assertThat(model.massageDate().get()).isEqualTo(TestPlanner.NOW.toLocalDate());
        assertThat(model.massageTime().get()).isEqualTo("12:00");
        assertThat(model.hoursText().get()).isEqualTo("just now");
    }
}
