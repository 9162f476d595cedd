package com.ublives.recovery.journal;

import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static com.ublives.recovery.journal.JournalFixture.MASSAGE;
import static com.ublives.recovery.journal.JournalFixture.hoursAfterMassage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Keeping an assessment, correcting a massage, reopening and deleting a recovery (issue 15). */
class RecoveryEditsTest {

    @TempDir
    Path dir;
    JournalFixture f;
    JournalService journal;

    @BeforeEach
    void open() {
        f = new JournalFixture(dir);
        journal = f.journal;
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static List<String> codes(List<Outcome.Warning> warnings) {
        return warnings.stream().map(Outcome.Warning::code).toList();
    }

    @Test
    void anAssessmentRightAfterTheMassageIsKeptWithItsSorenessAtTheEndAndStaysOpen() {
        f.clock.set(hoursAfterMassage(0.5));
        Recovery kept = journal.keepAssessment(NewRecovery.of("deep-tissue", MASSAGE)
                        .withFactors(List.of("dehydrated")).withConditions(List.of("blood-thinners")),
                NewCheckIn.of(0, null, 4).withQuality(PainQuality.SHARP));

        Recovery read = journal.recovery(kept.id()).orElseThrow();
        assertThat(read.isOpen()).isTrue();
        assertThat(read.massage()).isEqualTo("deep-tissue");
        assertThat(read.startedAt()).isEqualTo(MASSAGE);
        assertThat(read.endSoreness()).isEqualTo(4);
        assertThat(read.quality()).isEqualTo(PainQuality.SHARP);
        assertThat(read.factors()).containsExactly("dehydrated");
        assertThat(read.conditions()).containsExactly("blood-thinners");
        assertThat(journal.checkIns(kept.id())).isEmpty();
    }

    @Test
    void anAssessmentLaterOnIsKeptWithItsReadingAsTheFirstCheckInRedFlagsAndAll() {
        f.clock.set(hoursAfterMassage(30));
        Recovery kept = journal.keepAssessment(NewRecovery.of("swedish", MASSAGE),
                NewCheckIn.of(0, null, 6).withRedFlags(List.of("fever")));

        List<CheckIn> checkIns = journal.checkIns(kept.id());
        assertThat(checkIns).hasSize(1);
        CheckIn first = checkIns.get(0);
        assertThat(first.at()).isEqualTo(hoursAfterMassage(30));
        assertThat(first.soreness()).isEqualTo(6);
        assertThat(first.redFlags()).containsExactly("fever");
        assertThat(first.judgement().hours()).isEqualTo(30.0);
        assertThat(codes(first.judgement().warnings())).contains("red-flag.fever");
        assertThat(journal.recovery(kept.id()).orElseThrow().endSoreness()).isNull();
        assertThat(journal.recovery(kept.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aRefusedAssessmentKeepsNothing() {
        f.clock.set(hoursAfterMassage(30));
        assertThatThrownBy(() -> journal.keepAssessment(NewRecovery.of("swedish", MASSAGE),
                NewCheckIn.of(0, null, 6).withRedFlags(List.of("no-such-flag"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no-such-flag");
        assertThat(journal.recoveries()).isEmpty();
    }

    @Test
    void correctingTheMassageTimeJudgesEveryCheckInAgainAndSaysWhatChanged() {
        Recovery r = journal.addRecovery(NewRecovery.of("swedish", MASSAGE));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(12), 3));
        CheckIn late = journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(48), 3)).checkIn();
        assertThat(codes(late.judgement().warnings())).doesNotContain("past-72-hours");

        MassageEdited edited = journal.editMassage(r.id(), NewRecovery.from(r)
                .withMassage("swedish", MASSAGE.minus(Duration.ofHours(30))));

        assertThat(edited.judgedAgain()).isEqualTo(2);
        CheckIn again = journal.checkIns(r.id()).get(1);
        assertThat(again.judgement().hours()).isEqualTo(78.0);
        assertThat(again.judgement().status()).isEqualTo(Status.PAST_72_HOURS);
        assertThat(codes(again.judgement().warnings())).contains("past-72-hours");
        assertThat(edited.changed()).extracting(MassageEdited.Rejudged::checkInId).contains(again.id());
        assertThat(english(edited))
                .startsWith("2 check-ins judged again")
                .contains("the 78 h check-in is now past 72 hours (was longer than expected)")
                .contains("now carries past-72-hours");
    }

    @Test
    void whatACorrectionChangedIsSaidInGermanInAGermanWindow() {
        Recovery r = journal.addRecovery(NewRecovery.of("swedish", MASSAGE));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(12), 3));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(48), 3));

        MassageEdited edited = journal.editMassage(r.id(), NewRecovery.from(r)
                .withMassage("swedish", MASSAGE.minus(Duration.ofHours(30))));

        String german = edited.summary().stream().map(p -> p.in(com.ublives.recovery.i18n.Language.GERMAN))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(german).startsWith("2 Rückmeldungen neu beurteilt, davon ")
                .contains("die Rückmeldung nach 78 h lautet jetzt „länger als 72 Stunden“ (vorher „länger als erwartet“)")
                .contains("hat jetzt den Hinweis past-72-hours")
                .doesNotContain("judged again").doesNotContain("now carries").doesNotContain("check-in");
    }

    @Test
    void correctingTheMassageTypeAndFactorsChangesTheCourseOfEveryCheckIn() {
        Recovery r = journal.addRecovery(NewRecovery.of("swedish", MASSAGE));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(30), 3));

        MassageEdited edited = journal.editMassage(r.id(), NewRecovery.from(r).withMassage("deep-tissue", MASSAGE)
                .withFactors(List.of("dehydrated", "little-rest")));

        assertThat(journal.recovery(r.id()).orElseThrow().massage()).isEqualTo("deep-tissue");
        assertThat(journal.checkIns(r.id()).get(0).judgement().band()).isEqualTo("LINGERING");
        assertThat(english(edited)).contains("expects: May last 48–72 hours or more");
    }

    @Test
    void aMassageMovedAfterItsFirstCheckInIsRefusedAndNothingChanges() {
        Recovery r = journal.addRecovery(NewRecovery.of("swedish", MASSAGE));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(12), 3));

        assertThatThrownBy(() -> journal.editMassage(r.id(), NewRecovery.from(r)
                .withMassage("swedish", hoursAfterMassage(13))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at").hasMessageContaining("first check-in");
        assertThat(journal.recovery(r.id()).orElseThrow().startedAt()).isEqualTo(MASSAGE);
        assertThat(journal.checkIns(r.id()).get(0).judgement().hours()).isEqualTo(12.0);
    }

    @Test
    void anUnknownFactorInACorrectionIsRefused() {
        Recovery r = journal.addRecovery(NewRecovery.of("swedish", MASSAGE));
        assertThatThrownBy(() -> journal.editMassage(r.id(), NewRecovery.from(r).withFactors(List.of("sleepy"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sleepy");
        assertThat(journal.recovery(r.id()).orElseThrow().factors()).isEmpty();
    }

    @Test
    void aRecoveryClosedByThePersonOpensAgain() {
        Recovery r = journal.addRecovery(NewRecovery.of("swedish", MASSAGE));
        journal.close(r.id());
        assertThat(journal.recovery(r.id()).orElseThrow().isOpen()).isFalse();

        Recovery reopened = journal.reopen(r.id());

        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.closedBy()).isNull();
        assertThat(journal.status()).extracting(s -> s.recovery().id()).contains(r.id());
    }

    @Test
    void aRecoveryEndedBySorenessZeroIsReopenedByChangingThatCheckInNotByReopen() {
        Recovery r = journal.addRecovery(NewRecovery.of("swedish", MASSAGE));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(24), 0));

        assertThatThrownBy(() -> journal.reopen(r.id()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("soreness 0").hasMessageContaining("edit or delete that check-in");
        assertThat(journal.recovery(r.id()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void aDeletedRecoveryComesBackWhole() {
        Recovery r = journal.addRecovery(NewRecovery.of("sports", MASSAGE).withEndSoreness(5, PainQuality.ACHY)
                .withDetails("Ana", null, "note").withAreas(List.of("neck")));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(12), 4));
        journal.checkIn(NewCheckIn.of(r.id(), hoursAfterMassage(30), 2).withRedFlags(List.of("fever")));
        journal.close(r.id());
        List<CheckIn> before = journal.checkIns(r.id());

        DeletedRecovery deleted = journal.deleteRecovery(r.id());
        assertThat(journal.recoveries()).isEmpty();
        assertThat(journal.recovery(r.id())).isEmpty();

        Recovery back = journal.restoreRecovery(deleted);
        assertThat(back.massage()).isEqualTo("sports");
        assertThat(back.therapist()).isEqualTo("Ana");
        assertThat(back.areas()).containsExactly("neck");
        assertThat(back.closedBy()).isEqualTo(ClosedBy.PERSON);
        List<CheckIn> after = journal.checkIns(back.id());
        assertThat(after).hasSize(2);
        assertThat(after.get(1).judgement()).isEqualTo(before.get(1).judgement());
        assertThat(after.get(1).redFlags()).containsExactly("fever");
    }

    private static String english(MassageEdited edited) {
        return edited.summary().stream().map(com.ublives.recovery.i18n.Phrase::english)
                .collect(java.util.stream.Collectors.joining(" "));
    }
}
