package com.ublives.recovery.journal;

import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Judges check-ins by the rules and keeps a recovery's check-ins in step after a change: the check-in
 * whose "previous" moved is judged again, a soreness of 0 at the end closes the recovery (and reopens it
 * when that 0 goes), and a change that would leave the recovery out of order is refused. The one place
 * for this, so a check-in made in the app and one brought in by an import are judged alike. Runs inside
 * the caller's transaction.
 */
final class CheckInJudge {

    private final PlannerService planner;
    private final RecoveryRepository recoveries;
    private final CheckInRepository checkIns;
    private final ZoneId zone;

    CheckInJudge(PlannerService planner, RecoveryRepository recoveries, CheckInRepository checkIns, ZoneId zone) {
        this.planner = planner;
        this.recoveries = recoveries;
        this.checkIns = checkIns;
        this.zone = zone;
    }

    /** The engine's view of the recovery at the end of the massage: the band to expect. */
    Outcome expectation(String massage, Integer endSoreness, PainQuality quality, List<String> factors,
                        List<String> conditions) {
        return planner.assess(new AssessmentParser.Raw(massage, endSoreness == null ? "0" : endSoreness.toString(),
                quality == null ? null : quality.id(), "0", null, factors, List.of(), conditions));
    }

    /**
     * Judges one check-in; with validate the raw values go through the parser so bad input is named. The
     * outcome has the rule set's own texts: it is stored (see {@link PlannerService#assessToKeep}).
     */
    Outcome outcome(Recovery recovery, CheckIn checkIn, Integer previous, boolean validate) {
        double hours = CheckInSchedule.hoursBetween(recovery.startedAt(), checkIn.at());
        if (validate) {
            // plain digits: the parser takes no "1.0E-4"
            return planner.assessToKeep(new AssessmentParser.Raw(recovery.massage(), Integer.toString(checkIn.soreness()),
                    checkIn.quality().id(), BigDecimal.valueOf(hours).toPlainString(),
                    previous == null ? null : previous.toString(), recovery.factors(), checkIn.redFlags(),
                    recovery.conditions()));
        }
        return planner.assessToKeep(new Assessment(recovery.massage(), checkIn.soreness(), checkIn.quality(), hours,
                previous, new HashSet<>(recovery.factors()), new HashSet<>(checkIn.redFlags()),
                new HashSet<>(recovery.conditions())));
    }

    /** The soreness before the moment (at, id): the check-in before it, or the end of the massage. */
    Integer previousSoreness(Connection c, Recovery recovery, Instant at, long id) throws SQLException {
        return checkIns.before(c, recovery.id(), at, id).map(CheckIn::soreness).orElse(recovery.endSoreness());
    }

    /** The check-in after (at, id) has a new "previous": judge it again. */
    void rejudgeAfter(Connection c, Recovery recovery, Instant at, long id) throws SQLException {
        Optional<CheckIn> next = checkIns.after(c, recovery.id(), at, id);
        if (next.isPresent()) {
            CheckIn n = next.get();
            Outcome o = outcome(recovery, n, previousSoreness(c, recovery, n.at(), n.id()), false);
            checkIns.updateJudgement(c, n.id(), Judgement.of(o));
        }
    }

    /**
     * A recovery whose latest check-in says soreness 0 is closed at that check-in; one that was closed that
     * way reopens when the 0 is edited or deleted. A recovery closed by the person stays closed.
     * Also keeps the recovery's pointer to its latest check-in, which status reads. True when it closed now.
     */
    boolean settleClosing(Connection c, long recoveryId) throws SQLException {
        recoveries.refreshLatestCheckIn(c, recoveryId);
        Recovery r = recoveries.find(c, recoveryId).orElseThrow();
        Optional<CheckIn> latest = checkIns.latest(c, recoveryId);
        boolean zero = latest.isPresent() && latest.get().soreness() == 0;
        if (zero && (r.isOpen() || r.closedBy() == ClosedBy.SORENESS_ZERO)) {
            recoveries.close(c, recoveryId, latest.get().at(), ClosedBy.SORENESS_ZERO);
            return r.isOpen();
        }
        if (!zero && r.closedBy() == ClosedBy.SORENESS_ZERO) {
            recoveries.reopen(c, recoveryId);
        }
        return false;
    }

    /** Refuses (and so rolls back) a change that would leave the recovery out of its order; see {@link Course}. */
    void checkCourse(Connection c, long recoveryId) throws SQLException {
        Recovery r = recoveries.find(c, recoveryId).orElseThrow();
        Course.Breach breach = Course.check(r.startedAt(), r.closedAt(), checkIns.forRecovery(c, recoveryId), zone);
        if (breach != null) {
            throw new InvalidInputException(breach.field(), breach.message());
        }
    }
}
