package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.SessionCheckIn;
import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.rules.Outcome;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * The check-ins kept with a session, as a person reads them: each with its time, hours after the session,
 * soreness, status and every warning it was given (a warning stored with a check-in is shown wherever the
 * check-in is).
 */
final class SessionCheckIns {

    private SessionCheckIns() {
    }

    /** spoken: the stored warnings (the rule set's own texts) in the screen's language ({@code PlannerService::spoken}). */
    static String describe(List<SessionCheckIn> checkIns, UnaryOperator<List<Outcome.Warning>> spoken,
                           ResourceBundle texts, ZoneId zone) {
        StringBuilder text = new StringBuilder();
        Conventions formats = Conventions.of(texts);
        for (SessionCheckIn c : checkIns) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(MessageFormat.format(texts.getString("clinic.sessions.checkIn"),
                    formats.dateTimeWithYear(c.at(), zone), formats.hours(c.judgement().hours()), c.soreness(),
                    texts.getString("quality." + c.quality().id()),
                    texts.getString("journal.status." + c.judgement().status().name())));
            for (Outcome.Warning w : spoken.apply(c.judgement().warnings())) {
                text.append("\n    ").append(texts.getString("level." + w.level().name())).append(": ").append(w.message());
            }
        }
        return text.toString();
    }
}
