package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.journal.Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reopen", mixinStandardHelpOptions = true)
final class JournalReopenCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--json")
    boolean json;

    @Override
    Integer run(Services services) {
        Recovery r = services.journal().reopen(recovery);
        if (json) {
            printJson(new JournalJson(zone(services)).recovery(r));
        } else {
            out().println(CliLanguage.say("journal.reopened", String.valueOf(r.id())));
        }
        return 0;
    }
}
