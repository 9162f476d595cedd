package com.ublives.recovery.cli.journal;

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
            throw new BadInputException("journal delete removes recovery " + recovery
                    + " and its check-ins for good; add --yes to confirm");
        }
        DeletedRecovery deleted = services.journal().deleteRecovery(recovery);
        int n = deleted.checkIns().size();
        out().println("Recovery " + recovery + " deleted, with " + (n == 1 ? "1 check-in." : n + " check-ins."));
        return 0;
    }
}
