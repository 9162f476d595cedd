package com.ublives.recovery.assess;

import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentViewModelTest {

    private final AssessmentViewModel model = TestPlanner.viewModel();

    private void choose(String massageId) {
        MassageType type = model.massageTypes().stream().filter(t -> t.id().equals(massageId)).findFirst().orElseThrow();
        model.massageProperty().set(type);
    }

    private void tick(java.util.List<com.ublives.recovery.ui.Choice> choices, String id) {
        choices.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().selected().set(true);
    }

    @Test
    void deepTissueAtFiveThirtyHoursAgoShowsTheModerateBandOnTrack() {
        choose("deep-tissue");
        model.sorenessTextProperty().set("5");
        model.massageDateProperty().set(TestPlanner.NOW.toLocalDate().minusDays(1));
        model.massageTimeProperty().set("06:00");

        model.showPlan();

        PlanPage plan = model.planProperty().get();
        assertThat(plan).isNotNull();
        assertThat(plan.bandId()).isEqualTo("MODERATE");
        assertThat(plan.bandTitle()).isEqualTo("Usually eases within 24–48 h");
        assertThat(plan.timeline().now()).isEqualTo(30.0);
        assertThat(model.hoursTextProperty().get()).isEqualTo("30 h ago");
    }

    @Test
    void noPlanIsShownBeforeItIsAskedFor() {
        choose("swedish");
        model.sorenessTextProperty().set("2");

        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.planProperty().get()).isNull();
        assertThat(model.blockedMessageProperty().get()).isNull();
    }

    @Test
    void aMissingMassageTypeBlocksThePlanAndSaysWhy() {
        model.sorenessTextProperty().set("4");

        model.showPlan();

        assertThat(model.planProperty().get()).isNull();
        assertThat(model.massageErrorProperty().get()).isEqualTo("Choose the massage you had.");
        assertThat(model.blockedMessageProperty().get()).startsWith("Fix the marked fields").contains("Choose the massage you had.");
    }

    @Test
    void sorenessElevenIsRefusedWithTheSameWordsAsTheCommandLine() {
        choose("swedish");
        model.sorenessTextProperty().set("11");

        assertThat(model.sorenessErrorProperty().get()).isEqualTo("Soreness must be a whole number from 0 to 10, got 11");
        model.showPlan();
        assertThat(model.planProperty().get()).isNull();
    }

    @Test
    void errorsStayHiddenUntilTheFieldIsChangedOrAPlanIsAskedFor() {
        assertThat(model.massageErrorProperty().get()).isNull();
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void aTimeInTheFutureIsRefused() {
        choose("swedish");
        model.massageTimeProperty().set("13:30");

        assertThat(model.whenErrorProperty().get()).contains("in the future");
        model.showPlan();
        assertThat(model.planProperty().get()).isNull();
    }

    @Test
    void anUnreadableTimeIsRefused() {
        choose("swedish");
        model.massageTimeProperty().set("half past");

        assertThat(model.whenErrorProperty().get()).contains("hours and minutes");
        assertThat(model.hoursTextProperty().get()).isEmpty();
    }

    @Test
    void sliderAndNumberFieldStayInStep() {
        model.sorenessProperty().set(7);
        assertThat(model.sorenessTextProperty().get()).isEqualTo("7");

        model.sorenessTextProperty().set("3");
        assertThat(model.sorenessProperty().get()).isEqualTo(3);

        model.sorenessTextProperty().set("12");
        assertThat(model.sorenessProperty().get()).isEqualTo(3);
    }

    @Test
    void typingElevenLeavesTheSliderWhereItWasBeforeTheTyping() {
        model.sorenessTextProperty().set("2");

        model.sorenessTyping(true);
        // what the field holds key by key while "11" is typed over "2"
        for (String text : new String[] {"", "1", "11"}) {
            model.sorenessTextProperty().set(text);
        }

        assertThat(model.sorenessTextProperty().get()).isEqualTo("11");
        assertThat(model.sorenessProperty().get()).isEqualTo(2);
        assertThat(model.sorenessShownProperty().get()).isFalse();
        model.sorenessTextProperty().set("6");
        assertThat(model.sorenessProperty().get()).isEqualTo(6);
        assertThat(model.sorenessShownProperty().get()).isTrue();
    }

    @Test
    void aRedFlagAlertStaysWhileAnotherFieldIsInvalid() {
        choose("deep-tissue");
        model.sorenessTextProperty().set("2");
        tick(model.redFlags(), "calf-swelling");
        model.showPlan();

        model.sorenessTextProperty().set("11");

        assertThat(model.planProperty().get()).isNull();
        assertThat(model.blockedMessageProperty().get()).startsWith("Fix the marked fields");
        assertThat(model.redFlagAlertsProperty().get()).extracting(PlanPage.RedFlagAlert::heading)
                .containsExactly("Get medical care today");
        assertThat(model.redFlagAlertsProperty().get().get(0).action()).contains("get seen by a doctor today");
    }

    @Test
    void aTickedRedFlagShowsItsAlertBeforeAnyPlanIsAskedFor() {
        tick(model.redFlags(), "spreading-bruise");
        tick(model.redFlags(), "chest-pain-breathless");

        assertThat(model.planProperty().get()).isNull();
        assertThat(model.redFlagAlertsProperty().get()).extracting(PlanPage.RedFlagAlert::level)
                .containsExactly(com.ublives.recovery.rules.Level.EMERGENCY, com.ublives.recovery.rules.Level.WARNING);

        model.reset();
        assertThat(model.redFlagAlertsProperty().get()).isEmpty();
    }

    /**
     * Berlin, 2026: clocks went forward on 29 March (a 23-hour day) and back on 25 October (25 hours).
     * Deep tissue at 5 is the 24–48 h band; past 72 h (72 itself is not past) the status flips.
     */
    @ParameterizedTest(name = "massage {0} {1}, now {2}: {3} h, {4}")
    @CsvSource({
            "2026-03-28, 12:00, 2026-03-29T12:00, 23, ON_TRACK",
            "2026-03-28, 12:00, 2026-03-30T12:00, 47, ON_TRACK",
            "2026-03-28, 12:00, 2026-03-30T13:00, 48, ON_TRACK",
            "2026-03-28, 12:00, 2026-03-31T13:00, 72, LONGER_THAN_EXPECTED",
            "2026-03-28, 12:00, 2026-03-31T14:00, 73, PAST_72_HOURS",
            "2026-10-24, 12:00, 2026-10-25T11:00, 24, ON_TRACK",
            "2026-10-24, 12:00, 2026-10-26T11:00, 48, ON_TRACK",
            "2026-10-24, 12:00, 2026-10-26T12:00, 49, LONGER_THAN_EXPECTED",
            "2026-10-24, 12:00, 2026-10-27T11:00, 72, LONGER_THAN_EXPECTED",
            "2026-10-24, 12:00, 2026-10-27T12:00, 73, PAST_72_HOURS",
            "2026-03-29, 2:30, 2026-04-01T03:30, 72, LONGER_THAN_EXPECTED",
            "2026-10-25, 2:30, 2026-10-28T01:30, 72, LONGER_THAN_EXPECTED",
            "2026-10-25, 2:30, 2026-10-28T02:30, 73, PAST_72_HOURS"})
    void hoursAcrossADaylightSavingNightAreRealHours(String date, String time, String now, double hours, Status status) {
        AssessmentViewModel model = TestPlanner.viewModel(TestPlanner.clockAt(LocalDateTime.parse(now)));
        model.massageProperty().set(model.massageTypes().stream().filter(t -> t.id().equals("deep-tissue")).findFirst().orElseThrow());
        model.sorenessTextProperty().set("5");
        model.massageDateProperty().set(java.time.LocalDate.parse(date));
        model.massageTimeProperty().set(time);

        model.showPlan();

        assertThat(model.planProperty().get().timeline().now()).isEqualTo(Math.min(hours, PlanPresenter.AXIS_END));
        assertThat(model.planProperty().get().status()).isEqualTo(status);
        assertThat(model.hoursTextProperty().get()).startsWith((long) hours + " h ago");
    }

    @Test
    void sorenessWordFollowsTheCutPointsOfTheRuleSet() {
        model.sorenessTextProperty().set("0");
        assertThat(model.sorenessWordProperty().get()).isEqualTo("none");
        model.sorenessTextProperty().set("3");
        assertThat(model.sorenessWordProperty().get()).isEqualTo("mild");
        model.sorenessTextProperty().set("4");
        assertThat(model.sorenessSeverityProperty().get()).isEqualTo("moderate");
        model.sorenessTextProperty().set("6");
        assertThat(model.sorenessWordProperty().get()).isEqualTo("moderate");
        model.sorenessTextProperty().set("7");
        assertThat(model.sorenessWordProperty().get()).isEqualTo("severe");
        model.sorenessTextProperty().set("11");
        assertThat(model.sorenessWordProperty().get()).isEmpty();
    }

    @Test
    void aRedFlagComesFirstAsAnAlertThatSaysWhatToDoNow() {
        choose("swedish");
        model.sorenessTextProperty().set("2");
        tick(model.redFlags(), "calf-swelling");

        model.showPlan();

        PlanPage plan = model.planProperty().get();
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
        model.sorenessTextProperty().set("2");
        model.showPlan();
        assertThat(model.planProperty().get().bandId()).isEqualTo("LIGHT");

        model.qualityProperty().set(PainQuality.SHARP);
        assertThat(model.planProperty().get().bandId()).isEqualTo("LINGERING");

        model.sorenessTextProperty().set("4.5");
        assertThat(model.planProperty().get()).isNull();
        assertThat(model.blockedMessageProperty().get()).contains("got 4.5");
    }

    @Test
    void resetClearsTheFormThePlanAndTheErrors() {
        choose("thai");
        model.sorenessTextProperty().set("8");
        tick(model.factors(), "dehydrated");
        model.showPlan();

        model.reset();

        assertThat(model.massageProperty().get()).isNull();
        assertThat(model.sorenessTextProperty().get()).isEqualTo("0");
        assertThat(model.factors()).allMatch(c -> !c.selected().get());
        assertThat(model.planProperty().get()).isNull();
        assertThat(model.massageErrorProperty().get()).isNull();
        assertThat(model.blockedMessageProperty().get()).isNull();
    }

    @Test
    void nowSetsTheMassageTimeToTheClock() {
        model.massageTimeProperty().set("08:15");
        model.massageWasNow();

        assertThat(model.massageDateProperty().get()).isEqualTo(TestPlanner.NOW.toLocalDate());
        assertThat(model.massageTimeProperty().get()).isEqualTo("12:00");
        assertThat(model.hoursTextProperty().get()).isEqualTo("just now");
    }
}
