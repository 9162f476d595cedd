package com.ublives.recovery.journal;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.i18n.Moment;
import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.storage.Transactions;
import com.ublives.recovery.time.Times;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Optional;
import java.util.TreeSet;

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
    private final CheckInJudge judge;
    private final Clock clock;
    /** The check-in hours of Settings, read at every status so a change applies at once. */
    private volatile Supplier<List<Integer>> checkInHours = () -> CheckInSchedule.MARKS;

    public JournalService(PlannerService planner, Transactions tx, RecoveryRepository recoveries,
                          CheckInRepository checkIns, Clock clock) {
        this.planner = planner;
        this.tx = tx;
        this.recoveries = recoveries;
        this.checkIns = checkIns;
        this.judge = new CheckInJudge(planner, recoveries, checkIns, clock.getZone());
        this.clock = clock;
    }

    /** The journal on a data source, with its repositories. */
    public static JournalService create(PlannerService planner, javax.sql.DataSource dataSource, Clock clock) {
        return new JournalService(planner, new Transactions(dataSource), new RecoveryRepository(),
                new CheckInRepository(), clock);
    }

    private volatile SummaryWriter summaries;

    /** Where a recovery's summary is drawn as PDF; set by whoever puts the app together. */
    public void useSummaries(SummaryWriter writer) {
        this.summaries = writer;
    }

    /** The summary's writer; refused when none was set (a journal alone cannot draw PDF). */
    public SummaryWriter summaries() {
        if (summaries == null) {
            throw new IllegalStateException("This journal cannot write summaries");
        }
        return summaries;
    }

    /** Asks for check-ins at these hours after a massage (Settings) instead of 12, 24, 48 and 72. */
    public void useCheckInHours(Supplier<List<Integer>> hours) {
        this.checkInHours = hours;
    }

    public Clock clock() {
        return clock;
    }

    public Recovery addRecovery(NewRecovery r) {
        checkRecovery(r);
        return tx.inTransaction("doing.saveMassage", c -> recoveries.find(c, recoveries.insert(c, r)).orElseThrow());
    }

    /**
     * Keeps an assessment in the journal: its massage as a new recovery and its soreness, quality and red flags
     * as the first reading (the reading's recovery id is not read). All of it is stored, or nothing.
     */
    public Recovery keepAssessment(NewRecovery massage, NewCheckIn firstReading) {
        return tx.inTransaction("doing.keepPlan", c -> edits().keep(c, massage, firstReading));
    }

    /**
     * Keeps an assessment the engine accepted: the massage at massageAt (null: the assessment's hours before now)
     * with its factors, conditions and the sore areas, and the soreness, quality and red flags as read now.
     */
    public Recovery keepAssessment(Assessment a, Instant massageAt, List<String> areas) {
        Instant now = clock.instant();
        Instant start = massageAt != null ? massageAt : now.minusMillis(Math.round(a.hours() * 3_600_000));
        NewRecovery massage = NewRecovery.of(a.massage(), start).withFactors(new ArrayList<>(new TreeSet<>(a.factors())))
                .withConditions(new ArrayList<>(new TreeSet<>(a.conditions()))).withAreas(areas);
        return keepAssessment(massage, new NewCheckIn(0, now, a.soreness(), a.quality(),
                new ArrayList<>(new TreeSet<>(a.redFlags())), null));
    }

    /** Corrects what a recovery says about its massage; every check-in is judged again with the change. */
    public MassageEdited editMassage(long recoveryId, NewRecovery changed) {
        return tx.inTransaction("doing.saveMassage", c -> edits().editMassage(c, recoveryId, changed));
    }

    /** Opens a closed recovery again (one closed by hand; reopening an open one changes nothing). */
    public Recovery reopen(long recoveryId) {
        return tx.inTransaction("doing.reopenRecovery", c -> edits().reopen(c, recoveryId));
    }

    /** Deletes a recovery and its check-ins, and returns them so that a screen can offer to undo. */
    public DeletedRecovery deleteRecovery(long recoveryId) {
        return tx.inTransaction("doing.deleteRecovery", c -> edits().delete(c, recoveryId));
    }

    /** Undoes {@link #deleteRecovery}: the recovery comes back as it was, under a new id. */
    public Recovery restoreRecovery(DeletedRecovery deleted) {
        return tx.inTransaction("doing.restoreRecovery", c -> edits().restore(c, deleted));
    }

    private RecoveryEdits edits() {
        return new RecoveryEdits(this, judge, recoveries, checkIns, clock);
    }

    /** Refuses (naming the input) what a recovery may not hold; nothing is stored. */
    void checkRecovery(NewRecovery r) {
        if (r.startedAt() == null) {
            throw new InvalidInputException("at", Phrase.of("input.at.required"));
        }
        Times.checkMassage("at", r.startedAt(), clock);
        judge.expectation(r.massage(), r.endSoreness(), r.quality(), r.factors(), r.conditions());
        checkLength("therapist", r.therapist(), MAX_NAME);
        checkLength("place", r.place(), MAX_NAME);
        checkLength("note", r.note(), MAX_NOTE);
        checkLength("pressure", r.pressure(), 32);
        SoreAreas.check(r.areas());
    }

    /**
     * The plan items the engine gives for a recovery (its plan over the whole course, from the massage as logged):
     * the things a check-in can say the person did.
     */
    public List<Outcome.PlannedItem> planItems(long recoveryId) {
        return tx.read("doing.readJournal", c -> planItems(requireRecovery(c, recoveryId)));
    }

    /** The same for a recovery at hand: the engine alone, no database (fine on any thread). */
    public List<Outcome.PlannedItem> planItems(Recovery r) {
        return judge.expectation(r.massage(), r.endSoreness(), r.quality(), r.factors(), r.conditions()).plan();
    }

    /** Refuses a plan item the recovery's plan does not hold, naming the allowed ones; nothing is stored. */
    private void checkDone(Recovery recovery, List<String> done) {
        List<String> allowed = planItems(recovery).stream().map(Outcome.PlannedItem::id).toList();
        for (String id : done) {
            if (!allowed.contains(id)) {
                throw new InvalidInputException("did", Phrase.of("input.did.unknown", recovery.id(),
                        String.join(", ", allowed), id));
            }
        }
        if (new HashSet<>(done).size() != done.size()) {
            throw new InvalidInputException("did", Phrase.of("input.did.twice", String.join(", ", done)));
        }
    }

    /** How a band's course reads, e.g. "Usually eases within 24–48 h"; the id itself for a band no longer known. */
    String course(String bandId) {
        var band = planner.ruleSet().band(bandId);
        return band == null ? bandId : band.course();
    }

    /** Judges and stores a check-in (at null means now); soreness 0 closes the recovery. */
    public CheckInResult checkIn(NewCheckIn input) {
        Instant at = input.at() == null ? clock.instant() : input.at();
        Times.checkNotAhead("at", at, clock);
        return tx.inTransaction("doing.saveCheckIn", c -> {
            Recovery recovery = requireRecovery(c, input.recoveryId());
            if (!recovery.isOpen()) {
                throw new InvalidInputException("recovery", Phrase.of("input.recovery.closed", recovery.id(),
                        new Moment(recovery.closedAt(), clock.getZone())));
            }
            checkNotBefore(recovery, at);
            checkLength("note", input.note(), MAX_NOTE);
            checkDone(recovery, input.done());
            CheckIn draft = new CheckIn(0, recovery.id(), at, input.soreness(), input.quality(), input.redFlags(),
                    input.note(), null, input.done());
            Integer previous = judge.previousSoreness(c, recovery, at, Long.MAX_VALUE);
            Outcome outcome = judge.outcome(recovery, draft, previous, true);
            long id = checkIns.insert(c, draft.withJudgement(Judgement.of(outcome)));
            CheckIn stored = checkIns.find(c, id).orElseThrow();
            judge.rejudgeAfter(c, recovery, stored.at(), stored.id());
            boolean closed = judge.settleClosing(c, recovery.id());
            return new CheckInResult(stored, outcome, closed);
        });
    }

    /** Replaces what a check-in says; it and the check-ins whose "previous" changed are judged again. */
    public CheckIn editCheckIn(long checkInId, NewCheckIn input) {
        return tx.inTransaction("doing.saveCheckIn", c -> {
            CheckIn old = requireCheckIn(c, checkInId);
            Recovery recovery = requireRecovery(c, old.recoveryId());
            Instant at = input.at() == null ? old.at() : input.at();
            Times.checkNotAhead("at", at, clock);
            checkNotBefore(recovery, at);
            checkLength("note", input.note(), MAX_NOTE);
            checkDone(recovery, input.done());
            CheckIn draft = new CheckIn(old.id(), old.recoveryId(), at, input.soreness(), input.quality(),
                    input.redFlags(), input.note(), old.judgement(), input.done());
            // moved first, so that "previous" is found at the new place and is never the check-in itself;
            // a refusal below rolls the move back
            checkIns.update(c, draft);
            Outcome outcome = judge.outcome(recovery, draft, judge.previousSoreness(c, recovery, at, old.id()), true);
            checkIns.updateJudgement(c, old.id(), Judgement.of(outcome));
            judge.rejudgeAfter(c, recovery, old.at(), old.id());
            judge.rejudgeAfter(c, recovery, at, old.id());
            judge.settleClosing(c, recovery.id());
            judge.checkCourse(c, recovery.id());
            return checkIns.find(c, old.id()).orElseThrow();
        });
    }

    /** Deletes a check-in and returns it (so a screen can offer to undo); the next one is judged again. */
    public CheckIn deleteCheckIn(long checkInId) {
        return tx.inTransaction("doing.deleteCheckIn", c -> {
            CheckIn old = requireCheckIn(c, checkInId);
            Recovery recovery = requireRecovery(c, old.recoveryId());
            checkIns.delete(c, old.id());
            judge.rejudgeAfter(c, recovery, old.at(), old.id());
            judge.settleClosing(c, recovery.id());
            return old;
        });
    }

    /** Closes a recovery by hand; closing a closed one changes nothing. */
    public Recovery close(long recoveryId) {
        return tx.inTransaction("doing.closeRecovery", c -> {
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
        return tx.read("doing.readJournal", c -> recoveries.find(c, id));
    }

    /** Every recovery, newest massage first. */
    public List<Recovery> recoveries() {
        return tx.read("doing.readJournal", recoveries::findAll);
    }

    public List<CheckIn> checkIns(long recoveryId) {
        return tx.read("doing.readJournal", c -> {
            requireRecovery(c, recoveryId);
            return checkIns.forRecovery(c, recoveryId);
        });
    }

    public List<RecoveryStatus> status() {
        return status(clock.instant());
    }

    /** Open recoveries as they stand at now, oldest massage first. */
    public List<RecoveryStatus> status(Instant now) {
        return statuses(tx.read("doing.readJournal", checkIns::openWithLatest), now);
    }

    /**
     * The journal's list as one read: the open recoveries as {@link #status(Instant)} gives them, and the
     * newest closed ones, at most closedShown, newest massage first. Two queries however many there are.
     */
    public Dashboard dashboard(Instant now, int closedShown) {
        return tx.read("doing.readJournal", c -> new Dashboard(statuses(checkIns.openWithLatest(c), now),
                statuses(checkIns.closedWithLatest(c, closedShown), now)));
    }

    private List<RecoveryStatus> statuses(List<RecoveryWithLatest> read, Instant now) {
        List<RecoveryStatus> result = new ArrayList<>(read.size());
        for (RecoveryWithLatest r : read) {
            result.add(statusOf(r.recovery(), r.latest(), now));
        }
        return result;
    }

    /** One recovery as it stands at now (closed ones too: they have no check-in due). */
    public RecoveryStatus statusOf(long recoveryId, Instant now) {
        return tx.read("doing.readJournal", c -> statusOf(requireRecovery(c, recoveryId),
                checkIns.latest(c, recoveryId).orElse(null), now));
    }

    /** Open recoveries whose check-in is due and not made. */
    public List<RecoveryStatus> overdue(Instant now) {
        return status(now).stream().filter(RecoveryStatus::isCheckInOverdue).toList();
    }

    /**
     * The check-in reminders of an open recovery as an iCalendar file's text, one event per check-in still due
     * after now, at the check-in hours of Settings. The 72-hour event carries the rule set's words for soreness past 72 hours.
     */
    public ReminderCalendar.Calendar reminders(long recoveryId) {
        Instant now = clock.instant();
        return tx.read("doing.readJournal", c -> {
            Recovery r = requireRecovery(c, recoveryId);
            Double latest = checkIns.latest(c, recoveryId).map(ci -> ci.judgement().hours()).orElse(null);
            var type = planner.ruleSet().massageType(r.massage());
            String advice = past72Advice();
            return ReminderCalendar.of(r, checkInHours.get(), type == null ? r.massage() : type.name(), latest, advice, now,
                    clock.getZone(), Language.of(planner.language()).orElse(Language.ENGLISH));
        });
    }

    /** Everything a recovery's one-page summary shows, as it stands now. */
    public RecoverySummary summary(long recoveryId) {
        Instant now = clock.instant();
        return tx.read("doing.readJournal", c -> {
            Recovery recovery = requireRecovery(c, recoveryId);
            Outcome expected = judge.expectation(recovery.massage(), recovery.endSoreness(), recovery.quality(),
                    recovery.factors(), recovery.conditions());
            // stored in the rule set's own texts; the sheet is read in the language spoken
            List<CheckIn> all = checkIns.forRecovery(c, recoveryId).stream()
                    .map(ci -> ci.withJudgement(spoken(ci.judgement()))).toList();
            CheckIn latest = all.isEmpty() ? null : all.get(all.size() - 1);
            ChartData chart = new ChartData(recovery, expected.band(), planner.ruleSet().watchHours(), all);
            double hours = Math.max(0, CheckInSchedule.hoursBetween(recovery.startedAt(), now));
            return new RecoverySummary(chart, now, hours, outcomeAt(recovery, latest, hours), expected.plan(),
                    past72Advice(), planner.ruleSet());
        });
    }

    private Judgement spoken(Judgement j) {
        return new Judgement(j.hours(), j.previousSoreness(), j.status(), j.band(), planner.spoken(j.warnings()),
                j.firedRules(), j.ruleSetVersion());
    }

    private String past72Advice() {
        return planner.ruleSet().warningRules().stream().filter(w -> "past-72-hours".equals(w.code()))
                // the safety floor keeps this warning in every rule set (rules/safety-floor.json)
                .map(w -> w.message()).findFirst().orElseThrow();
    }

    public ChartData chart(long recoveryId) {
        return tx.read("doing.readJournal", c -> {
            Recovery recovery = requireRecovery(c, recoveryId);
            Outcome expected = judge.expectation(recovery.massage(), recovery.endSoreness(), recovery.quality(),
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
        return new JournalImport(judge, tx, recoveries, checkIns, planner.ruleSet(), clock).run(in);
    }

    /** Every recovery with its check-ins, newest massage first; two queries however many there are. */
    List<JournalExport.Entry> snapshot() {
        return tx.read("doing.readJournal", c -> {
            Map<Long, List<CheckIn>> byRecovery = new HashMap<>();
            for (CheckIn checkIn : checkIns.all(c)) {
                byRecovery.computeIfAbsent(checkIn.recoveryId(), id -> new ArrayList<>()).add(checkIn);
            }
            List<JournalExport.Entry> entries = new ArrayList<>();
            for (Recovery r : recoveries.findAll(c)) {
                entries.add(new JournalExport.Entry(r, byRecovery.getOrDefault(r.id(), List.of())));
            }
            return entries;
        });
    }

    RecoveryStatus statusOf(Recovery recovery, CheckIn latest, Instant now) {
        // a massage logged a little ahead, or a --now before it: no time has passed yet, never less
        double hours = Math.max(0, CheckInSchedule.hoursBetween(recovery.startedAt(), now));
        Integer soreness = latest != null ? Integer.valueOf(latest.soreness()) : recovery.endSoreness();
        Outcome now0 = outcomeAt(recovery, latest, hours);
        CheckInSchedule.Due due = !recovery.isOpen() ? null : CheckInSchedule.next(checkInHours.get(), recovery.startedAt(),
                latest == null ? null : latest.judgement().hours(), now);
        return new RecoveryStatus(recovery, now, hours, latest, soreness, now0.band(),
                soreness == null ? null : now0.status(), now0.warnings(), due);
    }

    /** The engine's view of a recovery at hours after the massage, from its latest reading (or its start). */
    private Outcome outcomeAt(Recovery recovery, CheckIn latest, double hours) {
        Integer soreness = latest != null ? Integer.valueOf(latest.soreness()) : recovery.endSoreness();
        return planner.assess(new Assessment(recovery.massage(), soreness == null ? 0 : soreness,
                latest != null ? latest.quality() : recovery.quality(), hours,
                latest != null ? latest.judgement().previousSoreness() : null, new HashSet<>(recovery.factors()),
                latest != null ? new HashSet<>(latest.redFlags()) : null, new HashSet<>(recovery.conditions())));
    }

    private Recovery requireRecovery(Connection c, long id) throws SQLException {
        return recoveries.find(c, id).orElseThrow(() -> new InvalidInputException("recovery",
                Phrase.of("input.recovery.unknown", id)));
    }

    private CheckIn requireCheckIn(Connection c, long id) throws SQLException {
        return checkIns.find(c, id).orElseThrow(() -> new InvalidInputException("check-in",
                Phrase.of("input.checkIn.unknown", id)));
    }

    private void checkNotBefore(Recovery recovery, Instant at) {
        if (at.isBefore(recovery.startedAt())) {
            throw new InvalidInputException("at", Phrase.of("input.at.beforeMassageOf", recovery.id(),
                    Times.format(recovery.startedAt(), clock.getZone()), Times.format(at, clock.getZone())));
        }
    }

    static void checkLength(String input, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(input, Phrase.of("input.tooLong", max, value.length()));
        }
    }
}
