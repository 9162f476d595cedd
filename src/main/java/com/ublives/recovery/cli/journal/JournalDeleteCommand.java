package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.journal.DeletedRecovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete", mixinStandardHelpOptions = true)
final class JournalDeleteCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--yes")
    boolean yes;

    @Override
    Integer run(Services services) {
        if (!yes) {
            throw new BadInputException(CliLanguage.say("journal.delete.confirm", String.valueOf(recovery)));
        }
        DeletedRecovery deleted = services.journal().deleteRecovery(recovery);
        int n = deleted.checkIns().size();
        out().println(CliLanguage.say("journal.delete.done", String.valueOf(recovery), n));
        return 0;
    }
}
