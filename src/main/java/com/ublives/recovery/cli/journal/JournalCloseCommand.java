package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.journal.Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "close", mixinStandardHelpOptions = true)
final class JournalCloseCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--json")
    boolean json;

    @Override
    Integer run(Services services) {
        Recovery r = services.journal().close(recovery);
        JournalJson view = new JournalJson(zone(services));
        if (json) {
            printJson(view.recovery(r));
        } else {
            out().println(CliLanguage.say("journal.closed", String.valueOf(r.id()), CliLanguage.moment(r.closedAt(), zone(services))));
        }
        return 0;
    }
}
