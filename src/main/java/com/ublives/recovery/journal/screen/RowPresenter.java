package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.RecoveryStatus;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/** Turns the journal's records into the words the dashboard and the check-in table show. */
final class RowPresenter {

    private final RuleSet rules;
    private final ResourceBundle texts;
    private final ZoneId zone;

    RowPresenter(RuleSet rules, ResourceBundle texts, ZoneId zone) {
        this.rules = rules;
        this.texts = texts;
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    ResourceBundle texts() {
        return texts;
    }

    String massageName(String id) {
        MassageType type = rules.massageType(id);
        return type == null ? id : type.name();
    }

    RecoveryRow row(RecoveryStatus s) {
        var r = s.recovery();
        String started = MessageFormat.format(texts.getString("journal.started"), Formats.dateTime(r.startedAt(), zone));
        String soreness = s.latestSoreness() == null ? texts.getString("journal.noSoreness")
                : MessageFormat.format(texts.getString("journal.latest"), s.latestSoreness());
        if (!r.isOpen()) {
            String closed = MessageFormat.format(texts.getString("journal.closedBy." + r.closedBy().name()),
                    Formats.dateTime(r.closedAt(), zone));
            return new RecoveryRow(r, massageName(r.massage()), started, closed, s.latestSoreness(), soreness,
                    "closed", texts.getString("journal.closed"), List.of(), "", false, false);
        }
        String since = s.hoursSince() < 48
                ? MessageFormat.format(texts.getString("journal.hoursSince"), Formats.wholeHours(s.hoursSince()))
                : MessageFormat.format(texts.getString("journal.daysSince"), Formats.wholeHours(s.hoursSince()),
                Math.round(s.hoursSince() / 24));
        String statusId = s.status() == null ? "none" : s.status().name();
        List<Outcome.Warning> warnings = s.latestSoreness() == null ? List.of() : s.warnings();
        return new RecoveryRow(r, massageName(r.massage()), started, since, s.latestSoreness(), soreness, statusId,
                texts.getString("journal.status." + statusId), warnings, nextDue(s), s.isCheckInOverdue(),
                s.isPast72Hours());
    }

    private String nextDue(RecoveryStatus s) {
        if (s.nextCheckIn() == null) {
            return texts.getString("journal.noneDue");
        }
        String key = s.nextCheckIn().overdue() ? "journal.overdueDue" : "journal.nextDue";
        return MessageFormat.format(texts.getString(key), s.nextCheckIn().markHours(),
                Formats.dateTime(s.nextCheckIn().at(), zone));
    }

    Notice banner(RecoveryRow row) {
        return new Notice(row.id(), MessageFormat.format(texts.getString("journal.banner.past72"), row.title(),
                Formats.dateTime(row.recovery().startedAt(), zone), row.latestSoreness()));
    }

    Notice overdue(RecoveryStatus s) {
        return new Notice(s.recovery().id(), MessageFormat.format(texts.getString("journal.overdue.one"),
                massageName(s.recovery().massage()), Formats.dateTime(s.recovery().startedAt(), zone),
                s.nextCheckIn().markHours()));
    }

    CheckInRow checkInRow(CheckIn c) {
        String status = c.judgement().status() == null ? "" : texts.getString("journal.status." + c.judgement().status().name());
        return new CheckInRow(c, Formats.dateTime(c.at(), zone), Formats.hours(c.judgement().hours()),
                texts.getString("quality." + c.quality().id()), status, redFlagWords(c.redFlags()),
                c.note() == null ? "" : c.note().lines().findFirst().orElse(""));
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
