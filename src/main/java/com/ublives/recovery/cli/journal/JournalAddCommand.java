package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.Services;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.journal.RecoveryStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "add", mixinStandardHelpOptions = true)
final class JournalAddCommand extends JournalSubcommand {

    @Option(names = "--massage", required = true, paramLabel = "ID")
    String massage;

    @Option(names = "--at", required = true, paramLabel = "ISO_DATETIME")
    String at;

    @Option(names = "--soreness", paramLabel = "N")
    String soreness;

    @Option(names = "--quality", paramLabel = "achy|sharp")
    String quality;

    @Option(names = "--factor", paramLabel = "ID")
    List<String> factors;

    @Option(names = "--condition", paramLabel = "ID")
    List<String> conditions;

    @Option(names = "--therapist", paramLabel = "NAME")
    String therapist;

    @Option(names = "--place", paramLabel = "NAME")
    String place;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--json")
    boolean json;

    @Override
    Integer run(Services services) {
        NewRecovery draft = NewRecovery.of(massage, time(services, "at", at))
                .withEndSoreness(soreness(soreness, false), quality(quality))
                .withFactors(list(factors)).withConditions(list(conditions))
                .withDetails(therapist, place, note);
        Recovery r = services.journal().addRecovery(draft);
        RecoveryStatus s = services.journal().statusOf(r.id(), services.journal().clock().instant());
        JournalJson view = new JournalJson(zone(services));
        if (json) {
            ObjectNode n = view.recovery(r);
            n.set("band", bandJson(s.band()));
            n.put("nextCheckInDue", view.time(s.nextCheckInDue()));
            n.put("checkInOverdue", s.isCheckInOverdue());
            printJson(n);
        } else {
            out().println(CliLanguage.say("journal.started", String.valueOf(r.id()), r.massage(), CliLanguage.moment(r.startedAt(), zone(services))));
            out().println(CliLanguage.say("journal.course", s.band().course()));
            if (s.nextCheckInDue() != null) {
                out().println(CliLanguage.say(s.isCheckInOverdue() ? "journal.wasDue" : "journal.nextDue",
                        CliLanguage.moment(s.nextCheckInDue(), zone(services))));
            }
        }
        return 0;
    }
}
