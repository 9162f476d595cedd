package com.ublives.recovery.journal;

import com.ublives.recovery.i18n.Moment;
import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.time.Times;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Outcome;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes to a recovery as a whole, each run inside one transaction of the journal: keeping an assessment
 * as a recovery, correcting its massage (every check-in judged again), reopening, deleting and undoing a
 * delete. Kept apart from the per-check-in work of {@link JournalService}, whose helpers it calls.
 */
final class RecoveryEdits {

    /** Within this much of the massage, the assessment's soreness is the one at the end of the massage. */
    static final double END_OF_MASSAGE_HOURS = 1;

    private final JournalService journal;
    private final CheckInJudge judge;
    private final RecoveryRepository recoveries;
    private final CheckInRepository checkIns;
    private final Clock clock;

    RecoveryEdits(JournalService journal, CheckInJudge judge, RecoveryRepository recoveries, CheckInRepository checkIns, Clock clock) {
        this.journal = journal;
        this.judge = judge;
        this.recoveries = recoveries;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /**
     * The assessment's massage as a recovery, and its soreness as the first reading: the soreness at the end of
     * the massage when it was given within the first hour without a red flag (so it stays open to check in),
     * otherwise a check-in at that moment with the red flags, judged like any other.
     */
    Recovery keep(Connection c, NewRecovery massage, NewCheckIn reading) throws SQLException {
        Instant at = reading.at() == null ? clock.instant() : reading.at();
        Times.checkNotAhead("at", at, clock);
        if (massage.startedAt() != null && at.isBefore(massage.startedAt())) {
            at = massage.startedAt();
        }
        boolean atTheEnd = massage.startedAt() != null && reading.redFlags().isEmpty()
                && CheckInSchedule.hoursBetween(massage.startedAt(), at) < END_OF_MASSAGE_HOURS;
        NewRecovery draft = massage.withEndSoreness(atTheEnd ? Integer.valueOf(reading.soreness()) : null,
                reading.quality());
        journal.checkRecovery(draft);
        long id = recoveries.insert(c, draft);
        if (!atTheEnd) {
            Recovery recovery = recoveries.find(c, id).orElseThrow();
            JournalService.checkLength("note", reading.note(), JournalService.MAX_NOTE);
            CheckIn first = new CheckIn(0, id, at, reading.soreness(), reading.quality(), reading.redFlags(),
                    reading.note(), null);
            Outcome outcome = judge.outcome(recovery, first, recovery.endSoreness(), true);
            checkIns.insert(c, first.withJudgement(Judgement.of(outcome)));
            judge.settleClosing(c, id);
        }
        return recoveries.find(c, id).orElseThrow();
    }

    /** Stores the corrected massage and judges every check-in again with it; says which judgements changed. */
    MassageEdited editMassage(Connection c, long recoveryId, NewRecovery changed) throws SQLException {
        Recovery old = require(c, recoveryId);
        journal.checkRecovery(changed);
        List<CheckIn> all = checkIns.forRecovery(c, recoveryId);
        if (!all.isEmpty() && all.get(0).at().isBefore(changed.startedAt())) {
            throw new InvalidInputException("at", Phrase.of("input.at.afterFirstCheckIn", recoveryId,
                    Times.format(all.get(0).at(), clock.getZone()), Times.format(changed.startedAt(), clock.getZone())));
        }
        recoveries.update(c, recoveryId, changed);
        Recovery now = recoveries.find(c, recoveryId).orElseThrow();
        judge.checkCourse(c, recoveryId);
        List<MassageEdited.Rejudged> differing = new ArrayList<>();
        Integer previous = now.endSoreness();
        for (CheckIn checkIn : all) {
            Judgement again = Judgement.of(judge.outcome(now, checkIn, previous, false));
            checkIns.updateJudgement(c, checkIn.id(), again);
            if (!MassageEdited.sameJudgement(checkIn.judgement(), again)) {
                differing.add(new MassageEdited.Rejudged(checkIn.id(), checkIn.judgement(), again,
                        journal.course(checkIn.judgement().band()), journal.course(again.band())));
            }
            previous = checkIn.soreness();
        }
        return new MassageEdited(old, now, all.size(), differing);
    }

    /** Opens a closed recovery again; one closed by a check-in with soreness 0 opens by changing that check-in. */
    Recovery reopen(Connection c, long recoveryId) throws SQLException {
        Recovery r = require(c, recoveryId);
        if (r.isOpen()) {
            return r;
        }
        if (r.closedBy() == ClosedBy.SORENESS_ZERO) {
            throw new InvalidInputException("recovery", Phrase.of("input.recovery.closedByZero",
                    new Moment(r.closedAt(), clock.getZone()), recoveryId));
        }
        recoveries.reopen(c, recoveryId);
        return recoveries.find(c, recoveryId).orElseThrow();
    }

    /** Deletes a recovery with its check-ins, and gives back all of it so that the delete can be undone. */
    DeletedRecovery delete(Connection c, long recoveryId) throws SQLException {
        Recovery r = require(c, recoveryId);
        List<CheckIn> all = checkIns.forRecovery(c, recoveryId);
        recoveries.delete(c, recoveryId);
        return new DeletedRecovery(r, all);
    }

    /** Puts a deleted recovery back as it was, check-ins and their judgements included (under a new id). */
    Recovery restore(Connection c, DeletedRecovery deleted) throws SQLException {
        Recovery r = deleted.recovery();
        long id = recoveries.insert(c, NewRecovery.from(r));
        List<CheckIn> again = new ArrayList<>(deleted.checkIns().size());
        for (CheckIn checkIn : deleted.checkIns()) {
            again.add(checkIn.withRecovery(id));
        }
        checkIns.insertAll(c, again, 100);
        recoveries.refreshLatestCheckIn(c, id);
        if (!r.isOpen()) {
            recoveries.close(c, id, r.closedAt(), r.closedBy());
        }
        return recoveries.find(c, id).orElseThrow();
    }

    private Recovery require(Connection c, long id) throws SQLException {
        return recoveries.find(c, id).orElseThrow(() -> new InvalidInputException("recovery",
                Phrase.of("input.recovery.unknown", id)));
    }
}
