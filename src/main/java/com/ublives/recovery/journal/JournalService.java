package com.ublives.recovery.journal;

import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.storage.Transactions;
import com.ublives.recovery.time.Times;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Supplier;
import java.util.Optional;

/**
 * The journal: recoveries and their check-ins, each check-in judged by the rules engine and stored with
 * its judgement. The one door for the window and the command line. Refused input throws
 * {@link InvalidInputException} naming the input, and nothing is stored; every change is one transaction.
 */
public final class JournalService {

    static final int MAX_NAME = 200;
    static final int MAX_NOTE = 100_000;

    private final PlannerService planner;
    private final Transactions tx;
    private final RecoveryRepository recoveries;
    private final CheckInRepository checkIns;
    private final Clock clock;
    /** The check-in hours of Settings, read at every status so a change applies at once. */
    private volatile Supplier<List<Integer>> checkInHours = () -> CheckInSchedule.MARKS;

    public JournalService(PlannerService planner, Transactions tx, RecoveryRepository recoveries,
                          CheckInRepository checkIns, Clock clock) {
        this.planner = planner;
        this.tx = tx;
        this.recoveries = recoveries;
        this.checkIns = checkIns;
        this.clock = clock;
    }

    /** The journal on a data source, with its repositories. */
    public static JournalService create(PlannerService planner, javax.sql.DataSource dataSource, Clock clock) {
        return new JournalService(planner, new Transactions(dataSource), new RecoveryRepository(),
                new CheckInRepository(), clock);
    }

    /** Asks for check-ins at these hours after a massage (Settings) instead of 12, 24, 48 and 72. */
    public void useCheckInHours(Supplier<List<Integer>> hours) {
        this.checkInHours = hours;
    }

    public Clock clock() {
        return clock;
    }

    public Recovery addRecovery(NewRecovery r) {
        if (r.startedAt() == null) {
            throw new InvalidInputException("at", "is required: when the massage was, e.g. 2026-03-01T09:30");
        }
        Times.checkMassage("at", r.startedAt(), clock);
        expectation(r.massage(), r.endSoreness(), r.quality(), r.factors(), r.conditions());
        checkLength("therapist", r.therapist(), MAX_NAME);
        checkLength("place", r.place(), MAX_NAME);
        checkLength("note", r.note(), MAX_NOTE);
        checkLength("pressure", r.pressure(), 32);
        return tx.inTransaction("save the massage", c -> recoveries.find(c, recoveries.insert(c, r)).orElseThrow());
    }

    /** Judges and stores a check-in (at null means now); soreness 0 closes the recovery. */
    public CheckInResult checkIn(NewCheckIn input) {
        Instant at = input.at() == null ? clock.instant() : input.at();
        Times.checkNotAhead("at", at, clock);
        return tx.inTransaction("save the check-in", c -> {
            Recovery recovery = requireRecovery(c, input.recoveryId());
            if (!recovery.isOpen()) {
                throw new InvalidInputException("recovery", "must be an open recovery; " + recovery.id()
                        + " was closed on "
                        + Times.format(recovery.closedAt(), clock.getZone()) + " (start a new one for a new massage)");
            }
            checkNotBefore(recovery, at);
            checkLength("note", input.note(), MAX_NOTE);
            CheckIn draft = new CheckIn(0, recovery.id(), at, input.soreness(), input.quality(), input.redFlags(),
                    input.note(), null);
            Integer previous = previousSoreness(c, recovery, at, Long.MAX_VALUE);
            Outcome outcome = judge(recovery, draft, previous, true);
            long id = checkIns.insert(c, draft.withJudgement(Judgement.of(outcome)));
            CheckIn stored = checkIns.find(c, id).orElseThrow();
            rejudgeAfter(c, recovery, stored.at(), stored.id());
            boolean closed = settleClosing(c, recovery.id());
            return new CheckInResult(stored, outcome, closed);
        });
    }

    /** Replaces what a check-in says; it and the check-ins whose "previous" changed are judged again. */
    public CheckIn editCheckIn(long checkInId, NewCheckIn input) {
        return tx.inTransaction("save the check-in", c -> {
            CheckIn old = requireCheckIn(c, checkInId);
            Recovery recovery = requireRecovery(c, old.recoveryId());
            Instant at = input.at() == null ? old.at() : input.at();
            Times.checkNotAhead("at", at, clock);
            checkNotBefore(recovery, at);
            checkLength("note", input.note(), MAX_NOTE);
            CheckIn draft = new CheckIn(old.id(), old.recoveryId(), at, input.soreness(), input.quality(),
                    input.redFlags(), input.note(), old.judgement());
            // moved first, so that "previous" is found at the new place and is never the check-in itself;
            // a refusal below rolls the move back
            checkIns.update(c, draft);
            Outcome outcome = judge(recovery, draft, previousSoreness(c, recovery, at, old.id()), true);
            checkIns.updateJudgement(c, old.id(), Judgement.of(outcome));
            rejudgeAfter(c, recovery, old.at(), old.id());
            rejudgeAfter(c, recovery, at, old.id());
            settleClosing(c, recovery.id());
            checkCourse(c, recovery.id());
            return checkIns.find(c, old.id()).orElseThrow();
        });
    }

    /** Deletes a check-in and returns it (so a screen can offer to undo); the next one is judged again. */
    public CheckIn deleteCheckIn(long checkInId) {
        return tx.inTransaction("delete the check-in", c -> {
            CheckIn old = requireCheckIn(c, checkInId);
            Recovery recovery = requireRecovery(c, old.recoveryId());
            checkIns.delete(c, old.id());
            rejudgeAfter(c, recovery, old.at(), old.id());
            settleClosing(c, recovery.id());
            return old;
        });
    }

    /** Closes a recovery by hand; closing a closed one changes nothing. */
    public Recovery close(long recoveryId) {
        return tx.inTransaction("close the recovery", c -> {
            Recovery recovery = requireRecovery(c, recoveryId);
            if (!recovery.isOpen()) {
                return recovery;
            }
            // never before its latest check-in (which may be up to a day ahead), so an export imports again
            Instant now = clock.instant();
            Instant at = checkIns.latest(c, recoveryId).map(CheckIn::at).filter(now::isBefore).orElse(now);
            recoveries.close(c, recoveryId, at, ClosedBy.PERSON);
            return recoveries.find(c, recoveryId).orElseThrow();
        });
    }

    public Optional<Recovery> recovery(long id) {
        return tx.read("read the journal", c -> recoveries.find(c, id));
    }

    /** Every recovery, newest massage first. */
    public List<Recovery> recoveries() {
        return tx.read("read the journal", recoveries::findAll);
    }

    public List<CheckIn> checkIns(long recoveryId) {
        return tx.read("read the journal", c -> {
            requireRecovery(c, recoveryId);
            return checkIns.forRecovery(c, recoveryId);
        });
    }

    public List<RecoveryStatus> status() {
        return status(clock.instant());
    }

    /** Open recoveries as they stand at now, oldest massage first. */
    public List<RecoveryStatus> status(Instant now) {
        List<OpenRecovery> open = tx.read("read the journal", checkIns::openWithLatest);
        List<RecoveryStatus> result = new ArrayList<>(open.size());
        for (OpenRecovery o : open) {
            result.add(statusOf(o.recovery(), o.latest(), now));
        }
        return result;
    }

    /** One recovery as it stands at now (closed ones too: they have no check-in due). */
    public RecoveryStatus statusOf(long recoveryId, Instant now) {
        return tx.read("read the journal", c -> statusOf(requireRecovery(c, recoveryId),
                checkIns.latest(c, recoveryId).orElse(null), now));
    }

    /** Open recoveries whose check-in is due and not made. */
    public List<RecoveryStatus> overdue(Instant now) {
        return status(now).stream().filter(RecoveryStatus::isCheckInOverdue).toList();
    }

    public ChartData chart(long recoveryId) {
        return tx.read("read the journal", c -> {
            Recovery recovery = requireRecovery(c, recoveryId);
            Outcome expected = expectation(recovery.massage(), recovery.endSoreness(), recovery.quality(),
                    recovery.factors(), recovery.conditions());
            return new ChartData(recovery, expected.band(), planner.ruleSet().watchHours(),
                    checkIns.forRecovery(c, recoveryId));
        });
    }

    public void exportCsv(Writer out) throws IOException {
        JournalExport.csv(snapshot(), clock.getZone(), out);
    }

    public void exportJson(Writer out) throws IOException {
        JournalExport.json(snapshot(), clock.getZone(), out);
    }

    /**
     * Imports a JSON export, all or nothing; a bad record is named in the exception. What the journal already
     * holds is not added again, so importing the same file twice adds nothing the second time.
     */
    public JournalImport.Result importJson(Reader in) throws IOException {
        return new JournalImport(this, tx, recoveries, checkIns, planner.ruleSet(), clock).run(in);
    }

    List<JournalExport.Entry> snapshot() {
        return tx.read("read the journal", c -> {
            List<JournalExport.Entry> entries = new ArrayList<>();
            for (Recovery r : recoveries.findAll(c)) {
                entries.add(new JournalExport.Entry(r, checkIns.forRecovery(c, r.id())));
            }
            return entries;
        });
    }

    RecoveryStatus statusOf(Recovery recovery, CheckIn latest, Instant now) {
        // a massage logged a little ahead, or a --now before it: no time has passed yet, never less
        double hours = Math.max(0, CheckInSchedule.hoursBetween(recovery.startedAt(), now));
        Integer soreness = latest != null ? Integer.valueOf(latest.soreness()) : recovery.endSoreness();
        Assessment a = new Assessment(recovery.massage(), soreness == null ? 0 : soreness,
                latest != null ? latest.quality() : recovery.quality(), hours,
                latest != null ? latest.judgement().previousSoreness() : null, new HashSet<>(recovery.factors()),
                latest != null ? new HashSet<>(latest.redFlags()) : null, new HashSet<>(recovery.conditions()));
        Outcome now0 = planner.assess(a);
        CheckInSchedule.Due due = !recovery.isOpen() ? null : CheckInSchedule.next(checkInHours.get(), recovery.startedAt(),
                latest == null ? null : latest.judgement().hours(), now);
        return new RecoveryStatus(recovery, now, hours, latest, soreness, now0.band(),
                soreness == null ? null : now0.status(), now0.warnings(), due);
    }

    /** The engine's view of the recovery at the end of the massage: the band to expect. */
    Outcome expectation(String massage, Integer endSoreness, com.ublives.recovery.rules.PainQuality quality,
                        List<String> factors, List<String> conditions) {
        return planner.assess(new AssessmentParser.Raw(massage, endSoreness == null ? "0" : endSoreness.toString(),
                quality == null ? null : quality.id(), "0", null, factors, List.of(), conditions));
    }

    /** Judges one check-in; with validate the raw values go through the parser so bad input is named. */
    Outcome judge(Recovery recovery, CheckIn checkIn, Integer previous, boolean validate) {
        double hours = CheckInSchedule.hoursBetween(recovery.startedAt(), checkIn.at());
        if (validate) {
            // plain digits: the parser takes no "1.0E-4"
            return planner.assess(new AssessmentParser.Raw(recovery.massage(), Integer.toString(checkIn.soreness()),
                    checkIn.quality().id(), BigDecimal.valueOf(hours).toPlainString(),
                    previous == null ? null : previous.toString(), recovery.factors(), checkIn.redFlags(),
                    recovery.conditions()));
        }
        return planner.assess(new Assessment(recovery.massage(), checkIn.soreness(), checkIn.quality(), hours,
                previous, new HashSet<>(recovery.factors()), new HashSet<>(checkIn.redFlags()),
                new HashSet<>(recovery.conditions())));
    }

    Integer previousSoreness(Connection c, Recovery recovery, Instant at, long id) throws SQLException {
        return checkIns.before(c, recovery.id(), at, id).map(CheckIn::soreness).orElse(recovery.endSoreness());
    }

    /** The check-in after (at, id) has a new "previous": judge it again. */
    void rejudgeAfter(Connection c, Recovery recovery, Instant at, long id) throws SQLException {
        Optional<CheckIn> next = checkIns.after(c, recovery.id(), at, id);
        if (next.isPresent()) {
            CheckIn n = next.get();
            Outcome o = judge(recovery, n, previousSoreness(c, recovery, n.at(), n.id()), false);
            checkIns.updateJudgement(c, n.id(), Judgement.of(o));
        }
    }

    /**
     * A recovery whose latest check-in says soreness 0 is closed at that check-in; one that was closed that
     * way reopens when the 0 is edited or deleted. A recovery closed by the person stays closed.
     * Also keeps the recovery's pointer to its latest check-in, which status reads.
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
        Course.Breach breach = Course.check(r.startedAt(), r.closedAt(), checkIns.forRecovery(c, recoveryId),
                clock.getZone());
        if (breach != null) {
            throw new InvalidInputException(breach.field(), breach.message());
        }
    }

    private Recovery requireRecovery(Connection c, long id) throws SQLException {
        return recoveries.find(c, id).orElseThrow(() -> new InvalidInputException("recovery",
                "must be the id of a recovery in the journal, got " + id));
    }

    private CheckIn requireCheckIn(Connection c, long id) throws SQLException {
        return checkIns.find(c, id).orElseThrow(() -> new InvalidInputException("check-in",
                "must be the id of a check-in in the journal, got " + id));
    }

    private void checkNotBefore(Recovery recovery, Instant at) {
        if (at.isBefore(recovery.startedAt())) {
            throw new InvalidInputException("at", "must not be before the massage of recovery " + recovery.id()
                    + " (" + Times.format(recovery.startedAt(), clock.getZone()) + "), got "
                    + Times.format(at, clock.getZone()));
        }
    }

    static void checkLength(String input, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(input, "must be at most " + max + " characters, got " + value.length());
        }
    }
}
