package com.ublives.recovery.journal;

import com.ublives.recovery.i18n.Phrase;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.Status;
import com.ublives.recovery.storage.Transactions;
import com.ublives.recovery.time.Times;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads a JSON export back, all or nothing: every record is checked as it is stored inside one
 * transaction, and the first bad one rolls everything back and is named ("recoveries[2].checkIns[0]
 * (id 7): soreness must be ..."). Recoveries are added with new ids; a stored judgement is kept as
 * it was, a missing one is made by the engine. Exports of versions before the journal and the clinic were
 * split (V4) also hold a clinic's sessions (records with a "clientId"): those are a client's data, not the
 * person's, and are left out; the clinic keeps its sessions in its own tables.
 * <p>
 * Importing the same file twice adds nothing the second time: a recovery already in the journal (same
 * massage and start) is not added again, and of its check-ins only those not already there (same time
 * and soreness) are added, judged as a check-in made in the app is. Times are compared to the second,
 * as the export writes them. Every record is still checked, so a bad one is refused even when it is
 * already in the journal.
 */
public final class JournalImport {

    /** What an import added, and what it left out because the journal already held it. */
    public record Result(int recoveries, int checkIns, int skippedRecoveries, int skippedCheckIns) {

        /** Everything in the file was new. */
        public Result(int recoveries, int checkIns) {
            this(recoveries, checkIns, 0, 0);
        }

        public boolean skippedAny() {
            return skippedRecoveries > 0 || skippedCheckIns > 0;
        }
    }

    private final CheckInJudge judge;
    private final Transactions tx;
    private final RecoveryRepository recoveries;
    private final CheckInRepository checkIns;
    private final RuleSet rules;
    private final Clock clock;
    private final ZoneId zone;

    JournalImport(CheckInJudge judge, Transactions tx, RecoveryRepository recoveries, CheckInRepository checkIns,
                  RuleSet rules, Clock clock) {
        this.judge = judge;
        this.tx = tx;
        this.recoveries = recoveries;
        this.checkIns = checkIns;
        this.rules = rules;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    public Result run(Reader in) throws IOException {
        JsonNode root;
        // read whole, so that a syntax error can be told by what stands at its place (JsonSyntax)
        String text;
        try (Reader reader = withoutByteOrderMark(in)) {
            StringBuilder all = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                all.append(buffer, 0, n);
            }
            text = all.toString();
        }
        if (text.isBlank()) {
            throw refused(Phrase.of("import.notJson", com.ublives.recovery.rules.JsonSyntax.empty()));
        }
        try (JsonParser parser = JournalJson.mapper().getFactory().createParser(text)) {
            root = onlyValue(parser, text);
        }
        if (root == null || !root.isObject() || !root.path("recoveries").isArray()) {
            throw refused(Phrase.of("import.notAnExport"));
        }
        if (root.has("format") && !JournalExport.FORMAT.equals(root.get("format").asText())) {
            throw refused(Phrase.of("import.wrongFormat", root.get("format").asText(), JournalExport.FORMAT));
        }
        JsonNode list = root.get("recoveries");
        return tx.inTransaction("doing.importJournal", c -> {
            Tally tally = new Tally(recoveries.findAll(c));
            for (int i = 0; i < list.size(); i++) {
                if (isClientSession(list.get(i))) {
                    continue;
                }
                importRecovery(c, list.get(i), name("recoveries[" + i + "]", list.get(i), "recoveryId"), tally);
            }
            return new Result(tally.recoveries, tally.checkIns, tally.skippedRecoveries, tally.skippedCheckIns);
        });
    }

    private static boolean isClientSession(JsonNode n) {
        return n.isObject() && n.hasNonNull("clientId");
    }

    /** A UTF-8 byte-order mark (as some editors on Windows write) is not part of the JSON. */
    private static Reader withoutByteOrderMark(Reader in) throws IOException {
        PushbackReader reader = new PushbackReader(in, 1);
        int first = reader.read();
        if (first != -1 && first != '\uFEFF') {
            reader.unread(first);
        }
        return reader;
    }

    /** The one JSON value of the file; anything after it (a second object, stray text) refuses the file. */
    private static JsonNode onlyValue(JsonParser parser, String text) throws IOException {
        JsonNode root;
        try {
            root = JournalJson.mapper().readTree(parser);
        } catch (JsonProcessingException e) {
            throw refused(Phrase.of("import.notJson", com.ublives.recovery.rules.JsonSyntax.problem(e, text)));
        }
        JsonLocation more;
        try {
            more = root != null && parser.nextToken() != null ? parser.currentTokenLocation() : null;
        } catch (JsonProcessingException strayText) {
            more = strayText.getLocation() != null ? strayText.getLocation() : parser.currentLocation();
        }
        if (more != null) {
            throw refused(Phrase.of("import.afterEnd", line(more)));
        }
        return root;
    }

    private static Object line(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : Phrase.of("import.line", at.getLineNr());
    }

    private void importRecovery(Connection c, JsonNode n, String where, Tally tally) throws SQLException {
        Record rec = new Record(n, where);
        NewRecovery draft = new NewRecovery(rec.text("massage", 64, true), rec.time("startedAt", true),
                rec.text("therapist", JournalService.MAX_NAME, false), rec.text("place", JournalService.MAX_NAME, false),
                rec.soreness("endSoreness", false), rec.quality(), rec.ids("factors"), rec.ids("conditions"),
                rec.text("note", JournalService.MAX_NOTE, false), rec.text("pressure", 32, false),
                rec.ids("areas"));
        rec.check(() -> Times.checkMassage("startedAt", draft.startedAt(), clock));
        rec.check(() -> judge.expectation(draft.massage(), draft.endSoreness(), draft.quality(), draft.factors(),
                draft.conditions()));
        Instant closedAt = rec.time("closedAt", false);
        if (closedAt != null) {
            rec.check(() -> Times.checkNotAhead("closedAt", closedAt, clock));
        }
        String closedByText = rec.text("closedBy", 16, false);
        ClosedBy closedBy = closedAt == null ? null : closedByText == null ? ClosedBy.PERSON : rec.closedBy(closedByText);
        Recovery known = tally.claim(draft.massage(), draft.startedAt());
        long id = known != null ? known.id() : recoveries.insert(c, draft);
        Recovery recovery = known != null ? known : recoveries.find(c, id).orElseThrow();

        JsonNode list = n.path("checkIns");
        if (!list.isMissingNode() && !list.isNull() && !list.isArray()) {
            throw refused(where, "import.notArray", "checkIns");
        }
        List<Record> records = new ArrayList<>();
        for (int j = 0; list.isArray() && j < list.size(); j++) {
            JsonNode cn = list.get(j);
            records.add(new Record(cn, name(where + ".checkIns[" + j + "]", cn, "checkInId")));
        }
        List<CheckIn> parsed = new ArrayList<>();
        for (Record r : records) {
            parsed.add(checkIn(recovery, r));
        }
        // in time order, each with its record, so a refusal names the record as it is in the file
        List<Integer> order = new ArrayList<>();
        for (int j = 0; j < parsed.size(); j++) {
            order.add(j);
        }
        order.sort(Comparator.comparing(j -> parsed.get(j).at()));
        List<CheckIn> inTime = order.stream().map(parsed::get).toList();
        Course.Breach breach = Course.check(draft.startedAt(), closedAt, inTime, zone);
        if (breach != null) {
            String who = breach.checkIn() < 0 ? where : records.get(order.get(breach.checkIn())).where;
            throw refused(Phrase.of("import.at", who, Phrase.joined(" ", List.of(breach.field(), breach.message()))));
        }
        if (known != null) {
            addMissingCheckIns(c, known, inTime, tally);
            try {
                judge.checkCourse(c, known.id());
            } catch (InvalidInputException e) {
                throw refused(where, "import.withStored", e.first().described(""));
            }
            return;
        }
        Integer previous = recovery.endSoreness();
        for (CheckIn checkIn : inTime) {
            CheckIn judged = checkIn.judgement() != null ? checkIn
                    : checkIn.withJudgement(Judgement.of(judge.outcome(recovery, checkIn, previous, false)));
            checkIns.insert(c, judged);
            previous = checkIn.soreness();
        }
        recoveries.refreshLatestCheckIn(c, id);
        if (closedAt != null) {
            recoveries.close(c, id, closedAt, closedBy);
        }
        tally.recoveries++;
        tally.checkIns += inTime.size();
    }

    /**
     * The recovery is already in the journal and stays as it is; of the file's check-ins (in time order) those
     * the journal lacks are added as the app adds one: "previous" is the check-in before it in the journal, the
     * one after it is judged again, and a soreness 0 at the end closes the recovery.
     */
    private void addMissingCheckIns(Connection c, Recovery recovery, List<CheckIn> parsed, Tally tally)
            throws SQLException {
        tally.skippedRecoveries++;
        // a list, not a set: two equal check-ins in the journal match two in the file, and no more
        List<CheckInKey> stored = new ArrayList<>();
        for (CheckIn s : checkIns.forRecovery(c, recovery.id())) {
            stored.add(CheckInKey.of(s));
        }
        int added = 0;
        for (CheckIn checkIn : parsed) {
            if (stored.remove(CheckInKey.of(checkIn))) {
                tally.skippedCheckIns++;
                continue;
            }
            CheckIn judged = checkIn.judgement() != null ? checkIn : checkIn.withJudgement(Judgement.of(
                    judge.outcome(recovery, checkIn, judge.previousSoreness(c, recovery, checkIn.at(), Long.MAX_VALUE),
                            false)));
            long newId = checkIns.insert(c, judged);
            judge.rejudgeAfter(c, recovery, checkIn.at(), newId);
            added++;
        }
        if (added > 0) {
            judge.settleClosing(c, recovery.id());
        }
        tally.checkIns += added;
    }

    /** Times to the second, as the export writes them; a check-in made "now" is stored finer. */
    private static Instant seconds(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS);
    }

    private record RecoveryKey(String massage, Instant startedAt) {
        static RecoveryKey of(String massage, Instant startedAt) {
            return new RecoveryKey(massage, seconds(startedAt));
        }
    }

    private record CheckInKey(Instant at, int soreness) {
        static CheckInKey of(CheckIn checkIn) {
            return new CheckInKey(seconds(checkIn.at()), checkIn.soreness());
        }
    }

    /** The counts so far, and the recoveries that were in the journal before the import and not yet matched. */
    private static final class Tally {
        final Map<RecoveryKey, Deque<Recovery>> before = new HashMap<>();
        int recoveries;
        int checkIns;
        int skippedRecoveries;
        int skippedCheckIns;

        Tally(List<Recovery> journal) {
            journal.stream().sorted(Comparator.comparingLong(Recovery::id)).forEach(r -> before
                    .computeIfAbsent(RecoveryKey.of(r.massage(), r.startedAt()), k -> new ArrayDeque<>()).add(r));
        }

        /** The journal's recovery the file's one is, each matched at most once, so a file may hold two equal ones. */
        Recovery claim(String massage, Instant startedAt) {
            Deque<Recovery> same = before.get(RecoveryKey.of(massage, startedAt));
            return same == null ? null : same.pollFirst();
        }
    }

    private CheckIn checkIn(Recovery recovery, Record rec) {
        Instant at = rec.time("at", true);
        if (at.isBefore(recovery.startedAt())) {
            throw refused(rec.where, "import.atBeforeMassage", Times.format(recovery.startedAt(), zone),
                    Times.format(at, zone));
        }
        rec.check(() -> Times.checkNotAhead("at", at, clock));
        int soreness = rec.soreness("soreness", true);
        CheckIn draft = new CheckIn(0, recovery.id(), at, soreness, rec.quality(), rec.ids("redFlags"),
                rec.text("note", JournalService.MAX_NOTE, false), null, rec.ids("did"));
        rec.check(() -> judge.outcome(recovery, draft, null, true));
        return rec.n.hasNonNull("status") ? draft.withJudgement(rec.judgement(recovery, at)) : draft;
    }

    private static String name(String path, JsonNode n, String idField) {
        return n != null && n.path(idField).canConvertToLong() ? path + " (id " + n.get(idField).asLong() + ")" : path;
    }

    static InvalidInputException refused(Phrase message) {
        return new InvalidInputException("in", message);
    }

    /** A refusal that names the record of the file it is about. */
    static InvalidInputException refused(String where, String key, Object... args) {
        return refused(Phrase.of("import.at", where, Phrase.of(key, args)));
    }

    /** One record of the file, read field by field; every refusal names the record and the field. */
    private final class Record {
        final JsonNode n;
        final String where;

        Record(JsonNode n, String where) {
            if (n == null || !n.isObject()) {
                throw refused(where, "import.notObject");
            }
            this.n = n;
            this.where = where;
        }

        String text(String field, int max, boolean required) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    throw refused(where, "import.required", field);
                }
                return null;
            }
            if (!v.isTextual()) {
                throw refused(where, "import.notText", field, v);
            }
            if (v.asText().length() > max) {
                throw refused(where, "import.tooLong", field, max);
            }
            return v.asText();
        }

        Instant time(String field, boolean required) {
            String text = text(field, 64, required);
            if (text == null) {
                return null;
            }
            return checked(() -> Times.parse(field, text, zone));
        }

        Integer soreness(String field, boolean required) {
            JsonNode v = n.get(field);
            // a JSON number as its digits; anything else ("5" as text, 4.5, true) as written, which the parser refuses
            String text = v == null || v.isNull() ? null : v.isIntegralNumber() ? v.asText() : v.toString();
            return checked(() -> AssessmentParser.soreness(field, text, required));
        }

        PainQuality quality() {
            String text = text("quality", 16, false);
            return checked(() -> AssessmentParser.quality("quality", text));
        }

        List<String> ids(String field) {
            return strings(n.get(field), field);
        }

        List<String> strings(JsonNode v, String field) {
            List<String> result = new ArrayList<>();
            if (v == null || v.isNull()) {
                return result;
            }
            if (!v.isArray()) {
                throw refused(where, "import.notIds", field);
            }
            for (JsonNode id : v) {
                if (!id.isTextual()) {
                    throw refused(where, "import.idNotText", field, id);
                }
                result.add(id.asText());
            }
            return result;
        }

        ClosedBy closedBy(String text) {
            try {
                return ClosedBy.valueOf(text);
            } catch (IllegalArgumentException e) {
                throw refused(where, "import.oneOf", "closedBy", "PERSON, SORENESS_ZERO", text);
            }
        }

        /** The stored judgement, checked so that nothing the app cannot read gets in. */
        Judgement judgement(Recovery recovery, Instant at) {
            Status status;
            try {
                status = Status.valueOf(n.get("status").asText());
            } catch (IllegalArgumentException e) {
                throw refused(where, "import.oneOf", "status",
                        "NO_SORENESS, ON_TRACK, LONGER_THAN_EXPECTED, PAST_72_HOURS", n.get("status").asText());
            }
            String band = text("band", 32, true);
            if (rules.band(band) == null) {
                throw refused(where, "import.oneOf", "band",
                        String.join(", ", rules.bands().stream().map(b -> b.id()).toList()), band);
            }
            List<Outcome.Warning> warnings = new ArrayList<>();
            JsonNode ws = n.get("warnings");
            if (ws != null && !ws.isNull()) {
                if (!ws.isArray()) {
                    throw refused(where, "import.notArray", "warnings");
                }
                for (JsonNode w : ws) {
                    warnings.add(warning(w));
                }
            }
            String version = text("ruleSetVersion", 64, false);
            return new Judgement(CheckInSchedule.hoursBetween(recovery.startedAt(), at),
                    soreness("previousSoreness", false), status, band, warnings, ids("firedRules"),
                    version == null ? "imported" : version);
        }

        private Outcome.Warning warning(JsonNode w) {
            if (!w.isObject() || !w.path("code").isTextual() || !w.path("message").isTextual()) {
                throw refused(where, "import.warningFields");
            }
            try {
                return new Outcome.Warning(Level.valueOf(w.path("level").asText()), w.get("code").asText(),
                        w.get("message").asText());
            } catch (IllegalArgumentException e) {
                throw refused(where, "import.oneOf", "warnings[].level",
                        "INFO, CAUTION, WARNING, URGENT, EMERGENCY", w.path("level").asText());
            }
        }

        void check(Runnable validation) {
            checked(() -> {
                validation.run();
                return null;
            });
        }

        /** What reading gives; its refusal is named with the record. */
        <T> T checked(Supplier<T> reading) {
            try {
                return reading.get();
            } catch (InvalidInputException e) {
                throw refused(Phrase.of("import.at", where, e.first().described("")));
            }
        }
    }
}
