package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.Services;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.journal.RecoveryStatus;
import com.ublives.recovery.rules.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

@Command(name = "status", mixinStandardHelpOptions = true)
final class JournalStatusCommand extends JournalSubcommand {

    @Option(names = "--now", paramLabel = "ISO_DATETIME")
    String now;

    @Option(names = "--json")
    boolean json;

    @Override
    Integer run(Services services) {
        Instant at = now == null ? services.journal().clock().instant() : time(services, "now", now);
        List<RecoveryStatus> open = services.journal().status(at);
        JournalJson view = new JournalJson(zone(services));
        int watch = services.planner().ruleSet().watchHours();
        if (json) {
            ObjectNode n = JournalJson.mapper().createObjectNode();
            n.put("now", view.time(at));
            ArrayNode list = n.putArray("recoveries");
            open.forEach(s -> list.add(view.status(s)));
            printJson(n);
            return 0;
        }
        if (open.isEmpty()) {
            out().println(CliLanguage.say("journal.status.none"));
        }
        for (RecoveryStatus s : open) {
            out().println(CliLanguage.say("journal.status.recovery", String.valueOf(s.recovery().id()), s.recovery().massage(),
                    Math.round(Math.floor(s.hoursSince())), reading(s, zone(services)))
                    + (s.status() == null ? "" : " " + CliLanguage.say("journal.status.status",
                            CliLanguage.statusName(s.status()), s.status()))
                    + " " + CliLanguage.say("journal.course", s.band().course()));
            printWarnings(services, s.warnings().stream().map(w -> told(s, w, watch)).toList());
            if (s.nextCheckInDue() != null) {
                out().println(CliLanguage.say(s.isCheckInOverdue() ? "journal.status.overdue" : "journal.status.nextDue",
                        CliLanguage.moment(s.nextCheckInDue(), zone(services))));
            }
        }
        return 0;
    }

    /** The latest soreness with when it was given, so that it is never read as a soreness of now. */
    private static String reading(RecoveryStatus s, ZoneId zone) {
        if (s.latestCheckIn() != null) {
            return CliLanguage.say("journal.status.last", s.latestSoreness(), CliLanguage.moment(s.latestCheckIn().at(), zone),
                    CliLanguage.hours(s.latestCheckIn().judgement().hours()));
        }
        return s.latestSoreness() == null ? CliLanguage.say("journal.status.noSoreness")
                : CliLanguage.say("journal.status.lastAtEnd", s.latestSoreness());
    }

    /**
     * The past-72-hours warning, judged now from an earlier reading, says how long it has been and what
     * that reading was, and asks for a check-in, instead of speaking of a soreness past 72 hours nobody gave.
     */
    private static Outcome.Warning told(RecoveryStatus s, Outcome.Warning w, int watch) {
        double readAt = s.latestCheckIn() == null ? 0 : s.latestCheckIn().judgement().hours();
        if (!RecoveryStatus.PAST_72_HOURS.equals(w.code()) || readAt > watch) {
            return w;
        }
        return new Outcome.Warning(w.level(), w.code(), CliLanguage.say("journal.status.past72",
                Math.round(Math.floor(s.hoursSince())), s.latestSoreness(), CliLanguage.hours(readAt),
                String.valueOf(s.recovery().id())));
    }
}
