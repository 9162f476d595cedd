package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.Services;
import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.CheckInResult;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.time.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "check-in", mixinStandardHelpOptions = true)
final class JournalCheckInCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--at", paramLabel = "ISO_DATETIME")
    String at;

    @Option(names = "--soreness", required = true, paramLabel = "N")
    String soreness;

    @Option(names = "--quality", paramLabel = "achy|sharp")
    String quality;

    @Option(names = "--red-flag", paramLabel = "ID")
    List<String> redFlags;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Option(names = "--did", paramLabel = "ITEM_ID")
    List<String> did;

    @Option(names = "--json")
    boolean json;

    @Override
    Integer run(Services services) {
        NewCheckIn input = new NewCheckIn(recovery, at == null ? null : time(services, "at", at),
                soreness(soreness, true), quality(quality), list(redFlags), note, list(did));
        CheckInResult result = services.journal().checkIn(input);
        CheckIn c = result.checkIn();
        if (json) {
            ObjectNode n = new JournalJson(zone(services)).checkIn(c);
            n.set("band", bandJson(result.outcome().band()));
            n.put("recoveryClosed", result.closedRecovery());
            ArrayNode plan = n.putArray("plan");
            for (Outcome.PlannedItem item : result.outcome().plan()) {
                ObjectNode p = plan.addObject();
                p.put("id", item.id());
                p.put("category", item.category().name());
                p.put("title", item.title());
                p.put("text", item.text());
                p.put("fromHour", item.fromHour());
                p.put("toHour", item.toHour());
            }
            printJson(n);
        } else {
            out().println(CliLanguage.say("journal.checkIn.saved", String.valueOf(c.id()), String.valueOf(c.recoveryId()),
                    c.soreness(), CliLanguage.number(Times.roundHours(c.judgement().hours()), 2),
                    CliLanguage.statusName(c.judgement().status()), c.judgement().status()));
            printWarnings(services, c.judgement().warnings());
            if (!c.done().isEmpty()) {
                out().println(CliLanguage.say("journal.checkIn.did", String.join(", ", c.done())));
            }
            if (result.closedRecovery()) {
                out().println(CliLanguage.say("journal.checkIn.closed", String.valueOf(c.recoveryId())));
            }
        }
        return 0;
    }
}
