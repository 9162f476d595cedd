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
        assertThat(plan.bandTitle()).isEqualTo("Usually eases within 24–48 h");
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
    void typingElevenLeavesTheSliderWhereItWasBeforeTheTyping() {
        model.sorenessText().set("2");

        model.sorenessTyping(true);
        // what the field holds key by key while "11" is typed over "2"
        for (String text : new String[] {"", "1", "11"}) {
            model.sorenessText().set(text);
        }

        assertThat(model.sorenessText().get()).isEqualTo("11");
        assertThat(model.soreness().get()).isEqualTo(2);
        assertThat(model.sorenessShown().get()).isFalse();
        model.sorenessText().set("6");
        assertThat(model.soreness().get()).isEqualTo(6);
        assertThat(model.sorenessShown().get()).isTrue();
    }

    @Test
    void aRedFlagAlertStaysWhileAnotherFieldIsInvalid() {
        choose("deep-tissue");
        model.sorenessText().set("2");
        tick(model.redFlags(), "calf-swelling");
        model.showPlan();

        model.sorenessText().set("11");

        assertThat(model.plan().get()).isNull();
        assertThat(model.blockedMessage().get()).startsWith("Fix the marked fields");
        assertThat(model.redFlagAlerts().get()).extracting(PlanPage.RedFlagAlert::heading)
                .containsExactly("Get medical care today");
        assertThat(model.redFlagAlerts().get().get(0).action()).contains("get seen by a doctor today");
    }

    @Test
    void aTickedRedFlagShowsItsAlertBeforeAnyPlanIsAskedFor() {
        tick(model.redFlags(), "spreading-bruise");
        tick(model.redFlags(), "chest-pain-breathless");

        assertThat(model.plan().get()).isNull();
        assertThat(model.redFlagAlerts().get()).extracting(PlanPage.RedFlagAlert::level)
                .containsExactly(com.ublives.recovery.rules.Level.EMERGENCY, com.ublives.recovery.rules.Level.WARNING);

        model.reset();
        assertThat(model.redFlagAlerts().get()).isEmpty();
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
        model.massage().set(model.massageTypes().stream().filter(t -> t.id().equals("deep-tissue")).findFirst().orElseThrow());
        model.sorenessText().set("5");
        model.massageDate().set(java.time.LocalDate.parse(date));
        model.massageTime().set(time);

        model.showPlan();

        assertThat(model.plan().get().timeline().now()).isEqualTo(Math.min(hours, PlanPresenter.AXIS_END));
        assertThat(model.plan().get().status()).isEqualTo(status);
        assertThat(model.hoursText().get()).startsWith((long) hours + " h ago");
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
