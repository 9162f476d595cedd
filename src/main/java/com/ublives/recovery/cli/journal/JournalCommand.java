package com.ublives.recovery.cli.journal;

import picocli.CommandLine.Command;

/** journal: the recovery journal on the command line; a contract like plan (see issue 3). */
@Command(name = "journal", mixinStandardHelpOptions = true,
        subcommands = {JournalAddCommand.class, JournalCheckInCommand.class, JournalStatusCommand.class,
                JournalCloseCommand.class, JournalExportCommand.class, JournalImportCommand.class,
                JournalEditCommand.class, JournalReopenCommand.class, JournalDeleteCommand.class,
                JournalRemindersCommand.class, JournalSummaryCommand.class})
public final class JournalCommand {
}
