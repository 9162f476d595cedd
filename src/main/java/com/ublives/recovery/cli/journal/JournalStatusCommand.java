package com.ublives.recovery.cli.journal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.Services;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.journal.RecoveryStatus;
import com.ublives.recovery.journal.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.List;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Open recoveries: hours since the massage, latest soreness, status, warnings, next check-in.")
final class JournalStatusCommand extends JournalSubcommand {

    @Option(names = "--now", paramLabel = "ISO_DATETIME", description = "Judge as of this moment (default: now).")
    String now;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    Integer run(Services services) {
        Instant at = now == null ? services.journal().clock().instant() : time(services, "now", now);
        List<RecoveryStatus> open = services.journal().status(at);
        JournalJson view = new JournalJson(zone(services));
        if (json) {
            ObjectNode n = JournalJson.MAPPER.createObjectNode();
            n.put("now", view.time(at));
            ArrayNode list = n.putArray("recoveries");
            open.forEach(s -> list.add(view.status(s)));
            printJson(n);
            return 0;
        }
        if (open.isEmpty()) {
            out().println("No open recoveries.");
        }
        for (RecoveryStatus s : open) {
            out().println("Recovery " + s.recovery().id() + ": " + s.recovery().massage() + ", "
                    + Times.roundHours(s.hoursSince()) + " h since the massage, soreness "
                    + (s.latestSoreness() == null ? "not given yet" : s.latestSoreness()) + ", "
                    + (s.status() == null ? "no check-in yet" : s.status()) + ", expected " + s.band().hoursLabel() + ".");
            printWarnings(s.warnings());
            if (s.nextCheckInDue() != null) {
                out().println("  " + (s.isCheckInOverdue() ? "Check-in overdue since " : "Next check-in due ")
                        + view.time(s.nextCheckInDue()));
            }
        }
        return 0;
    }
}
