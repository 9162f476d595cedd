package com.ublives.recovery.journal.screen;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.journal.RecoveryStatus;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Turns the journal's records into the words the dashboard and the check-in table show. */
final class RowPresenter {

    private final RuleSet rules;
    private final ResourceBundle texts;
    private final ZoneId zone;
    private final WarningWords warnings;
    private final Conventions formats;

    /** spoken: stored warnings in the screen's language ({@code PlannerService::spoken}). */
    RowPresenter(RuleSet rules, UnaryOperator<List<Outcome.Warning>> spoken, ResourceBundle texts, ZoneId zone) {
        this.rules = rules;
        this.texts = texts;
        this.zone = zone;
        this.warnings = new WarningWords(rules, spoken, texts);
        this.formats = Conventions.of(texts);
    }

    ZoneId zone() {
        return zone;
    }

    ResourceBundle texts() {
        return texts;
    }

    /** A moment as the screen's language writes it, in the person's time zone: "Tue 1 Dec, 09:30". */
    String when(Instant at) {
        return formats.dateTime(at, zone);
    }

    /** Whole hours for a list: 80 h, not 80.03 h. */
    private static String wholeHours(double hours) {
        return Long.toString(Math.round(Math.floor(Math.max(0, hours))));
    }

    String massageName(String id) {
        MassageType type = rules.massageType(id);
        return type == null ? id : type.name();
    }

    RecoveryRow row(RecoveryStatus s) {
        var r = s.recovery();
        String started = MessageFormat.format(texts.getString("journal.started"), when(r.startedAt()));
        String reading = reading(s);
        String soreness = reading == null ? texts.getString("journal.noSoreness")
                : MessageFormat.format(texts.getString("journal.latest"), reading);
        List<WarningLine> told = warnings.lines(readingWarnings(s));
        if (!r.isOpen()) {
            String closed = MessageFormat.format(texts.getString("journal.closedBy." + r.closedBy().name()),
                    when(r.closedAt()));
            return new RecoveryRow(r, massageName(r.massage()), started, closed, s.latestSoreness(), soreness,
                    "closed", texts.getString("journal.closed"), told, "", false, false, areas(r.areas()));
        }
        String since = s.hoursSince() < 48
                ? MessageFormat.format(texts.getString("journal.hoursSince"), wholeHours(s.hoursSince()))
                : MessageFormat.format(texts.getString("journal.daysSince"), wholeHours(s.hoursSince()),
                Math.round(s.hoursSince() / 24));
        String statusId = s.status() == null ? "none" : s.status().name();
        if (s.isPast72Hours()) {
            // one 72-hour message per recovery: the banner above the list, and the badge on the card
            told = told.stream().filter(w -> !RecoveryStatus.PAST_72_HOURS.equals(w.code())).toList();
        }
        return new RecoveryRow(r, massageName(r.massage()), started, since, s.latestSoreness(), soreness, statusId,
                texts.getString("journal.status." + statusId), told, nextDue(s), s.isCheckInOverdue(),
                s.isPast72Hours(), areas(r.areas()));
    }

    /** An area's name ("Lower back"); an area of an older export keeps its id. */
    String areaName(String id) {
        return texts.containsKey("area." + id) ? texts.getString("area." + id) : id;
    }

    String text(String key) {
        return texts.getString(key);
    }

    /** "Sore: neck, lower back"; "" when no area was given. Areas of older exports keep their id. */
    String areas(List<String> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        List<String> names = ids.stream().map(this::areaName).toList();
        return MessageFormat.format(texts.getString("journal.areas"), String.join(", ", names));
    }

    /**
     * What the person was told about their latest reading: the warnings stored with the latest check-in;
     * without one, those about the soreness given at the end of the massage. Warnings about the hours since
     * (longer than expected, past 72 hours) are left to the status badge and the banner: judged now, they
     * would speak of a reading nobody gave.
     */
    private List<Outcome.Warning> readingWarnings(RecoveryStatus s) {
        if (s.latestCheckIn() != null) {
            return s.latestCheckIn().judgement().warnings();
        }
        return s.latestSoreness() == null ? List.of()
                : s.warnings().stream().filter(w -> !warnings.isAboutTime(w)).toList();
    }

    /** The latest soreness with when it was given: "5/10, at 24 h (Wed 11 Mar, 12:00)"; null when none was. */
    private String reading(RecoveryStatus s) {
        CheckIn latest = s.latestCheckIn();
        if (latest != null) {
            return MessageFormat.format(texts.getString("journal.reading.at"), latest.soreness(),
                    formats.hours(latest.judgement().hours()), when(latest.at()));
        }
        return s.latestSoreness() == null ? null
                : MessageFormat.format(texts.getString("journal.reading.atEnd"), s.latestSoreness());
    }

    private String nextDue(RecoveryStatus s) {
        if (s.nextCheckIn() == null) {
            return texts.getString("journal.noneDue");
        }
        String key = s.nextCheckIn().overdue() ? "journal.overdueDue" : "journal.nextDue";
        return MessageFormat.format(texts.getString(key), s.nextCheckIn().markHours(),
                when(s.nextCheckIn().at()));
    }

    /**
     * The 72-hour message. It names the reading it rests on: a reading given past 72 hours as such;
     * an earlier one as the last soreness given, with how long ago the massage now is and a request to check in.
     */
    Notice banner(RecoveryStatus s) {
        var r = s.recovery();
        String title = massageName(r.massage());
        String massage = when(r.startedAt());
        CheckIn latest = s.latestCheckIn();
        if (latest != null && latest.judgement().hours() > rules.watchHours()) {
            return new Notice(r.id(), MessageFormat.format(texts.getString("journal.banner.past72.reading"), title,
                    massage, reading(s)));
        }
        return new Notice(r.id(), MessageFormat.format(texts.getString("journal.banner.past72"), title, massage,
                wholeHours(s.hoursSince()), reading(s)));
    }

    Notice overdue(RecoveryStatus s) {
        return new Notice(s.recovery().id(), MessageFormat.format(texts.getString("journal.overdue.one"),
                massageName(s.recovery().massage()), when(s.recovery().startedAt()),
                s.nextCheckIn().markHours()));
    }

    CheckInRow checkInRow(CheckIn c) {
        String status = c.judgement().status() == null ? "" : texts.getString("journal.status." + c.judgement().status().name());
        return new CheckInRow(c, c.soreness(), when(c.at()), formats.hours(c.judgement().hours()),
                texts.getString("quality." + c.quality().id()), status, redFlagWords(c.redFlags()),
                warnings.lines(c.judgement().warnings()), c.note() == null ? "" : c.note().lines().findFirst().orElse(""),
                planItemWords(c.done()));
    }

    /** Plan items by their titles ("Drink water; Gentle stretching"), not ids. */
    String planItemWords(List<String> ids) {
        return ids.stream().map(id -> rules.planItems().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(p -> p.title()).orElse(id)).collect(Collectors.joining("; "));
    }

    /** The soreness given at the end of the massage as the table's first row (0 h); null when none was given. */
    CheckInRow startRow(Recovery r) {
        if (r.endSoreness() == null) {
            return null;
        }
        return new CheckInRow(null, r.endSoreness(), when(r.startedAt()), formats.hours(0),
                r.quality() == null ? "" : texts.getString("quality." + r.quality().id()),
                texts.getString("journal.startRow"), "", List.of(),
                r.note() == null ? "" : r.note().lines().findFirst().orElse(""), "");
    }

    /** The red flags in plain words ("Chest pain or shortness of breath"), not ids. */
    String redFlagWords(List<String> ids) {
        return ids.stream().map(id -> rules.redFlag(id) == null ? id : rules.redFlag(id).label())
                .collect(Collectors.joining("; "));
    }

    /** What the red-flag alert says: each sign reported, with what to do about it. */
    String redFlagAlert(List<Outcome.Warning> warnings) {
        StringBuilder text = new StringBuilder(texts.getString("journal.redFlag.intro"));
        for (Outcome.Warning w : warnings) {
            if (w.isRedFlag()) {
                var flag = rules.redFlag(w.code().substring(RuleEngine.RED_FLAG_PREFIX.length()));
                text.append("\n\n").append(texts.getString("alert." + w.level().name())).append('\n')
                        .append(flag == null ? w.message() : flag.label() + ": " + flag.action());
            }
        }
        return text.append("\n\n").append(texts.getString("journal.redFlag.footer")).toString();
    }
}
