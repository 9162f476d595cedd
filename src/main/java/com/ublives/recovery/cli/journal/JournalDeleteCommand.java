package com.ublives.recovery.cli.journal;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.journal.DeletedRecovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "delete", mixinStandardHelpOptions = true,
        description = "Delete a recovery and all its check-ins. It cannot be undone here: export the journal first if unsure.")
final class JournalDeleteCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--yes", description = "Confirm the delete (required).")
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
