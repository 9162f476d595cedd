package com.ublives.recovery.journal;

import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import com.ublives.recovery.server.Store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.ublives.recovery.journal.JournalFixture.MASSAGE;
import static com.ublives.recovery.journal.JournalFixture.hoursAfterMassage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal's service, on an H2 data folder and on a real PostgreSQL server: the same assertions on both. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Store.class)
class JournalServiceTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    JournalFixture f;
    JournalService journal;

    @BeforeEach
    void open() {
        f = new JournalFixture(store.create(dir));
        journal = f.journal;
    }

    @AfterEach
    void close() {
        if (f != null) { // null when the run on PostgreSQL was skipped (no server programs)
            f.close();
        }
    }

    private Recovery deepTissue(Integer endSoreness) {
        return journal.addRecovery(NewRecovery.of("deep-tissue", MASSAGE).withEndSoreness(endSoreness, PainQuality.ACHY));
    }

    private CheckInResult checkIn(Recovery r, double hours, int soreness) {
        return journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(hours), soreness));
    }

    private static List<String> codes(List<Outcome.Warning> warnings) {
        return warnings.stream().map(Outcome.Warning::code).toList();
    }

    @Test
    void anAddedRecoveryIsStoredOpenWithEverythingGiven() {
        Recovery r = journal.addRecovery(NewRecovery.of("sports", MASSAGE).withEndSoreness(4, PainQuality.SHARP)
                .withFactors(List.of("dehydrated")).withConditions(List.of("blood-thinners"))
                .withDetails("Ana", "Studio 3", "long session"));

        Recovery read = journal.recovery(r.id()).orElseThrow();
        assertThat(read).isEqualTo(r);
        assertThat(read.isOpen()).isTrue();
        assertThat(read.startedAt()).isEqualTo(MASSAGE);
        assertThat(read.quality()).isEqualTo(PainQuality.SHARP);
        assertThat(read.factors()).containsExactly("dehydrated");
        assertThat(read.conditions()).containsExactly("blood-thinners");
        assertThat(read.therapist()).isEqualTo("Ana");
    }

    @Test
    void aCheckInIsJudgedWithItsHoursAndThePreviousSorenessAndStoredWithTheJudgement() {
        Recovery r = deepTissue(3);
        checkIn(r, 10, 3);
        CheckInResult result = checkIn(r, 30, 6);

        CheckIn stored = journal.checkIns(r.id()).get(1);
        assertThat(stored).isEqualTo(result.checkIn());
        assertThat(stored.judgement().hours()).isEqualTo(30.0);
        assertThat(stored.judgement().previousSoreness()).isEqualTo(3);
        assertThat(stored.judgement().status()).isEqualTo(Status.ON_TRACK);
        assertThat(stored.judgement().band()).isEqualTo("MODERATE");
        assertThat(codes(stored.judgement().warnings())).contains("worsening");
        assertThat(stored.judgement().firedRules()).contains("warning.worsening");
        assertThat(result.outcome().plan()).isNotEmpty();
    }

    @Test
    void theFirstCheckInComparesWithTheSorenessAtTheEndOfTheMassage() {
        Recovery r = deepTissue(2);
        CheckInResult result = checkIn(r, 26, 5);

        assertThat(result.checkIn().judgement().previousSoreness()).isEqualTo(2);
        assertThat(codes(result.checkIn().judgement().warnings())).contains("worsening");
    }

    @Test
    void aCheckInPast72HoursCarriesTheWarning() {
        Recovery r = deepTissue(5);
        CheckInResult result = checkIn(r, 80, 3);

        assertThat(result.checkIn().judgement().status()).isEqualTo(Status.PAST_72_HOURS);
        assertThat(codes(result.checkIn().judgement().warnings())).contains("past-72-hours");
    }

    @Test
    void statusWarnsPast72HoursEvenWithoutANewCheckIn() {
        Recovery r = deepTissue(5);
        checkIn(r, 30, 3);

        RecoveryStatus at60 = journal.status(hoursAfterMassage(60)).get(0);
        assertThat(at60.status()).isEqualTo(Status.LONGER_THAN_EXPECTED);
        assertThat(at60.isPast72Hours()).isFalse();

        RecoveryStatus at72 = journal.status(hoursAfterMassage(72)).get(0);
        assertThat(at72.isPast72Hours()).as("72 itself is not past").isFalse();

        RecoveryStatus at73 = journal.status(hoursAfterMassage(73)).get(0);
        assertThat(at73.status()).isEqualTo(Status.PAST_72_HOURS);
        assertThat(at73.isPast72Hours()).isTrue();
        assertThat(at73.latestSoreness()).isEqualTo(3);
        assertThat(at73.hoursSince()).isEqualTo(73.0);
        assertThat(at73.warnings().get(0).code()).isEqualTo("past-72-hours");
    }

    @Test
    void statusCarriesTheRedFlagsOfTheLatestCheckIn() {
        Recovery r = deepTissue(5);
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(20), 6).withRedFlags(List.of("calf-swelling")));

        RecoveryStatus s = journal.status(hoursAfterMassage(21)).get(0);
        assertThat(s.hasRedFlag()).isTrue();
        assertThat(s.warnings().get(0).code()).isEqualTo("red-flag.calf-swelling");
    }

    @Test
    void statusFollowsTheLatestCheckInByTimeThroughAddsEditsAndDeletes() {
        Recovery r = deepTissue(5);
        CheckInResult late = checkIn(r, 30, 2);
        checkIn(r, 20, 4);
        assertThat(journal.status(hoursAfterMassage(31)).get(0).latestSoreness()).as("a back-dated check-in is not latest")
                .isEqualTo(2);

        journal.editCheckIn(late.checkIn().id(), NewCheckIn.of(r.id(), hoursAfterMassage(10), 2));
        assertThat(journal.status(hoursAfterMassage(31)).get(0).latestSoreness()).isEqualTo(4);

        journal.deleteCheckIn(journal.checkIns(r.id()).get(1).id());
        assertThat(journal.status(hoursAfterMassage(31)).get(0).latestSoreness()).isEqualTo(2);

        journal.deleteCheckIn(late.checkIn().id());
        assertThat(journal.status(hoursAfterMassage(31)).get(0).latestSoreness()).as("back to the end soreness")
                .isEqualTo(5);
    }

    @Test
    void statusListsOnlyOpenRecoveriesOldestFirst() {
        Recovery first = deepTissue(4);
        Recovery second = journal.addRecovery(NewRecovery.of("swedish", hoursAfterMassage(5)));
        Recovery third = journal.addRecovery(NewRecovery.of("thai", hoursAfterMassage(6)));
        journal.close(second.id());

        assertThat(journal.status(hoursAfterMassage(7))).extracting(s -> s.recovery().id())
                .containsExactly(first.id(), third.id());
    }

    @Test
    void aRecoveryWithNoSorenessKnownYetHasNoStatusButABand() {
        Recovery r = journal.addRecovery(NewRecovery.of("swedish", MASSAGE));

        RecoveryStatus s = journal.status(hoursAfterMassage(80)).get(0);
        assertThat(s.latestSoreness()).isNull();
        assertThat(s.status()).isNull();
        assertThat(s.band().id()).isEqualTo("LIGHT");
        assertThat(s.isPast72Hours()).isFalse();
        assertThat(s.recovery().id()).isEqualTo(r.id());
    }

    @Test
    void sorenessZeroClosesTheRecoveryAndEditingItAwayReopensIt() {
        Recovery r = deepTissue(4);
        checkIn(r, 20, 2);
        CheckInResult zero = checkIn(r, 40, 0);

        assertThat(zero.closedRecovery()).isTrue();
        Recovery closed = journal.recovery(r.id()).orElseThrow();
        assertThat(closed.closedBy()).isEqualTo(ClosedBy.SORENESS_ZERO);
        assertThat(closed.closedAt()).isEqualTo(hoursAfterMassage(40));
        assertThat(journal.status(hoursAfterMassage(41))).isEmpty();

        journal.editCheckIn(zero.checkIn().id(), NewCheckIn.of(r.id(), hoursAfterMassage(40), 1));
        assertThat(journal.recovery(r.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aRecoveryClosedByThePersonStaysClosedAndTakesNoCheckIns() {
        Recovery r = deepTissue(4);
        f.clock.set(hoursAfterMassage(30));
        Recovery closed = journal.close(r.id());

        assertThat(closed.closedBy()).isEqualTo(ClosedBy.PERSON);
        assertThat(closed.closedAt()).isEqualTo(hoursAfterMassage(30));
        assertThatThrownBy(() -> checkIn(r, 31, 3)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("open recovery");
        assertThat(journal.checkIns(r.id())).isEmpty();
    }

    @Test
    void aCheckInBeforeItsMassageIsRefusedAndNothingIsStored() {
        Recovery r = deepTissue(4);

        assertThatThrownBy(() -> checkIn(r, -1, 3)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).first().input()).isEqualTo("at"))
                .hasMessageContaining("before the massage");
        assertThat(journal.checkIns(r.id())).isEmpty();
    }

    @Test
    void aCheckInForAnUnknownRecoveryIsRefused() {
        assertThatThrownBy(() -> journal.checkIn(NewCheckIn.of(99, MASSAGE, 3)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("recovery must be the id of a recovery in the journal, got 99");
    }

    @Test
    void sorenessOutOfRangeAndUnknownRedFlagsAreRefusedAndNothingIsStored() {
        Recovery r = deepTissue(4);

        assertThatThrownBy(() -> checkIn(r, 10, 11)).isInstanceOf(InvalidInputException.class)
                .hasMessage("soreness must be a whole number from 0 to 10, got 11");
        assertThatThrownBy(() -> journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(10), 3)
                .withRedFlags(List.of("headache")))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("red-flag must be one of");
        assertThat(journal.checkIns(r.id())).isEmpty();
    }

    @Test
    void aBadMassageOrSorenessOrFactorIsRefusedWhenAddingARecovery() {
        assertThatThrownBy(() -> journal.addRecovery(NewRecovery.of("reiki", MASSAGE)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("massage must be one of");
        assertThatThrownBy(() -> journal.addRecovery(NewRecovery.of("thai", MASSAGE).withEndSoreness(-1, null)))
                .hasMessage("soreness must be a whole number from 0 to 10, got -1");
        assertThatThrownBy(() -> journal.addRecovery(NewRecovery.of("thai", MASSAGE).withFactors(List.of("stress"))))
                .hasMessageContaining("factor must be one of");
        assertThat(journal.recoveries()).isEmpty();
    }

    @Test
    void aCheckInSavedInThePastJudgesTheFollowingOneAgain() {
        Recovery r = deepTissue(null);
        checkIn(r, 10, 2);
        CheckInResult later = checkIn(r, 40, 5);
        assertThat(codes(later.checkIn().judgement().warnings())).as("2 -> 5 is +3").contains("worsening");

        checkIn(r, 30, 5);
        CheckIn rejudged = journal.checkIns(r.id()).get(2);
        assertThat(rejudged.id()).isEqualTo(later.checkIn().id());
        assertThat(rejudged.judgement().previousSoreness()).isEqualTo(5);
        assertThat(codes(rejudged.judgement().warnings())).doesNotContain("worsening");
    }

    @Test
    void deletingACheckInJudgesTheFollowingOneAgain() {
        Recovery r = deepTissue(null);
        checkIn(r, 10, 2);
        CheckInResult middle = checkIn(r, 20, 4);
        CheckInResult last = checkIn(r, 30, 5);
        assertThat(codes(last.checkIn().judgement().warnings())).doesNotContain("worsening");

        CheckIn deleted = journal.deleteCheckIn(middle.checkIn().id());

        assertThat(deleted).isEqualTo(middle.checkIn());
        List<CheckIn> left = journal.checkIns(r.id());
        assertThat(left).hasSize(2);
        assertThat(left.get(1).judgement().previousSoreness()).isEqualTo(2);
        assertThat(codes(left.get(1).judgement().warnings())).contains("worsening");
    }

    @Test
    void editingACheckInJudgesItAndTheFollowingOneAgain() {
        Recovery r = deepTissue(null);
        CheckInResult first = checkIn(r, 10, 2);
        checkIn(r, 30, 3);

        CheckIn edited = journal.editCheckIn(first.checkIn().id(),
                NewCheckIn.of(r.id(), hoursAfterMassage(12), 1).withQuality(PainQuality.SHARP).withNote("felt sharp"));

        assertThat(edited.soreness()).isEqualTo(1);
        assertThat(edited.note()).isEqualTo("felt sharp");
        assertThat(edited.judgement().hours()).isEqualTo(12.0);
        assertThat(edited.judgement().previousSoreness()).as("not its own old soreness").isNull();
        assertThat(edited.judgement().band()).isEqualTo("LINGERING");
        CheckIn following = journal.checkIns(r.id()).get(1);
        assertThat(following.judgement().previousSoreness()).isEqualTo(1);
        assertThat(codes(following.judgement().warnings())).contains("worsening");
    }

    @Test
    void aCheckInMovedLaterTakesThePreviousAtItsNewPlace() {
        Recovery r = deepTissue(null);
        CheckInResult moved = checkIn(r, 10, 6);
        checkIn(r, 20, 2);

        CheckIn edited = journal.editCheckIn(moved.checkIn().id(), NewCheckIn.of(r.id(), hoursAfterMassage(30), 6));

        assertThat(edited.judgement().previousSoreness()).isEqualTo(2);
        assertThat(edited.judgement().warnings()).extracting(Outcome.Warning::code).contains("worsening");
        assertThat(journal.checkIns(r.id()).get(0).judgement().previousSoreness()).as("now the first").isNull();
    }

    @Test
    void aRefusedEditChangesNothing() {
        Recovery r = deepTissue(null);
        CheckInResult first = checkIn(r, 10, 2);
        CheckInResult second = checkIn(r, 20, 3);

        assertThatThrownBy(() -> journal.editCheckIn(first.checkIn().id(), NewCheckIn.of(r.id(), hoursAfterMassage(-2), 2)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> journal.editCheckIn(first.checkIn().id(), NewCheckIn.of(r.id(), hoursAfterMassage(30), 2)
                .withRedFlags(List.of("hiccups")))).isInstanceOf(InvalidInputException.class);
        assertThat(journal.checkIns(r.id())).containsExactly(first.checkIn(), second.checkIn());
    }

    @Test
    void theNextCheckInDueFollowsTheMarksAndAMissedOneIsOverdue() {
        Recovery r = deepTissue(4);

        RecoveryStatus fresh = journal.status(hoursAfterMassage(1)).get(0);
        assertThat(fresh.nextCheckInDue()).isEqualTo(hoursAfterMassage(12));
        assertThat(fresh.isCheckInOverdue()).isFalse();

        assertThat(journal.overdue(hoursAfterMassage(13))).extracting(s -> s.nextCheckIn().markHours()).containsExactly(12);

        checkIn(r, 13, 4);
        RecoveryStatus after = journal.status(hoursAfterMassage(14)).get(0);
        assertThat(after.nextCheckInDue()).isEqualTo(hoursAfterMassage(24));
        assertThat(journal.overdue(hoursAfterMassage(14))).isEmpty();

        checkIn(r, 80, 3);
        assertThat(journal.status(hoursAfterMassage(81)).get(0).nextCheckInDue()).isNull();
    }

    @Test
    void theCheckInHoursOfSettingsApplyAtTheNextLook() {
        deepTissue(4);
        List<Integer> hours = new java.util.ArrayList<>(List.of(6, 30));
        journal.useCheckInHours(() -> hours);

        assertThat(journal.status(hoursAfterMassage(1)).get(0).nextCheckInDue()).isEqualTo(hoursAfterMassage(6));
        assertThat(journal.overdue(hoursAfterMassage(13))).extracting(s -> s.nextCheckIn().markHours()).containsExactly(6);

        hours.set(0, 20); // changed in Settings while the journal is open
        assertThat(journal.status(hoursAfterMassage(13)).get(0).nextCheckInDue()).isEqualTo(hoursAfterMassage(20));
        assertThat(journal.overdue(hoursAfterMassage(13))).isEmpty();
    }

    @Test
    void chartDataHoldsTheCheckInsInTimeOrderWithTheExpectedBand() {
        Recovery r = deepTissue(4);
        checkIn(r, 30, 3);
        checkIn(r, 12, 5);

        ChartData chart = journal.chart(r.id());
        assertThat(chart.expectedBand().id()).isEqualTo("MODERATE");
        assertThat(chart.watchHours()).isEqualTo(72);
        assertThat(chart.points()).extracting(ChartData.Point::hours).containsExactly(0.0, 12.0, 30.0);
        assertThat(chart.points()).extracting(ChartData.Point::soreness).containsExactly(4, 5, 3);
    }

    @Test
    void aLongNoteIsKeptWhole() {
        Recovery r = deepTissue(4);
        String note = "line one, with \"quotes\"\n".repeat(2_000);
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(5), 3).withNote(note));

        assertThat(journal.checkIns(r.id()).get(0).note()).isEqualTo(note);
    }

    @Test
    void aMassageBefore1900OrMoreThanADayAheadIsRefusedAndNothingIsStored() {
        Instant now = f.clock.instant();
        for (Instant at : List.of(Instant.parse("1899-12-31T12:00:00Z"), now.plus(Duration.ofHours(25)),
                Instant.parse("9999-12-31T23:59:00Z"), Instant.MAX)) {
            assertThatThrownBy(() -> journal.addRecovery(NewRecovery.of("swedish", at)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageStartingWith("at must be from 1900-01-01 to a day from now (");
        }
        assertThat(journal.recoveries()).isEmpty();

        journal.addRecovery(NewRecovery.of("swedish", now.plus(Duration.ofHours(23))));
        journal.addRecovery(NewRecovery.of("swedish", Instant.parse("1900-01-01T00:00:00Z")));
        assertThat(journal.recoveries()).hasSize(2);
    }

    @Test
    void aCheckInMoreThanADayAheadIsRefusedAndNothingIsStored() {
        Recovery r = deepTissue(4);
        Instant tooLate = f.clock.instant().plus(Duration.ofHours(25));

        assertThatThrownBy(() -> journal.checkIn(NewCheckIn.of(r.id(), tooLate, 3)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("at must not be more than a day from now (");
        CheckInResult stored = checkIn(r, 10, 3);
        assertThatThrownBy(() -> journal.editCheckIn(stored.checkIn().id(), NewCheckIn.of(r.id(), tooLate, 3)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("at must not be more than a day from now (");
        assertThat(journal.checkIns(r.id())).extracting(CheckIn::at).containsExactly(hoursAfterMassage(10));
    }

    @Test
    void hoursSinceTheMassageAreNeverNegative() {
        Recovery r = deepTissue(4);

        RecoveryStatus before = journal.status(MASSAGE.minus(Duration.ofDays(400))).get(0);

        assertThat(before.recovery().id()).isEqualTo(r.id());
        assertThat(before.hoursSince()).isZero();
    }

    @Test
    void aRecoveryIsClosedNoEarlierThanItsLatestCheckIn() {
        Recovery r = deepTissue(4);
        f.clock.set(hoursAfterMassage(20));
        checkIn(r, 30, 3);

        Recovery closed = journal.close(r.id());

        assertThat(closed.closedAt()).isEqualTo(hoursAfterMassage(30));
    }

    @Test
    void anEditThatPutsACheckInAfterASorenessZeroIsRefusedAndChangesNothing() {
        Recovery r = deepTissue(4);
        CheckInResult early = checkIn(r, 10, 3);
        checkIn(r, 20, 2);

        assertThatThrownBy(() -> journal.editCheckIn(early.checkIn().id(), NewCheckIn.of(r.id(), hoursAfterMassage(10), 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("at must not be after the check-in with soreness 0 at ");
        assertThat(journal.checkIns(r.id())).extracting(CheckIn::soreness).containsExactly(3, 2);
        assertThat(journal.recovery(r.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void anEditThatMovesACheckInAfterTheClosingIsRefused() {
        Recovery r = deepTissue(4);
        CheckInResult early = checkIn(r, 10, 3);
        f.clock.set(hoursAfterMassage(20));
        journal.close(r.id());

        assertThatThrownBy(() -> journal.editCheckIn(early.checkIn().id(), NewCheckIn.of(r.id(), hoursAfterMassage(30), 3)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("at must not be after the recovery was closed (");
        assertThat(journal.checkIns(r.id())).extracting(CheckIn::at).containsExactly(hoursAfterMassage(10));
    }
}
