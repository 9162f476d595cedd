package com.ublives.recovery.cli.journal;

import picocli.CommandLine.Command;

/** journal: the recovery journal on the command line; a contract like plan (see issue 3). */
@Command(name = "journal", mixinStandardHelpOptions = true,
        description = "Track a massage over the days after it: add, check in, status, close, edit, reopen, delete,"
                + " reminders, export, import.",
        subcommands = {JournalAddCommand.class, JournalCheckInCommand.class, JournalStatusCommand.class,
                JournalCloseCommand.class, JournalExportCommand.class, JournalImportCommand.class,
                JournalEditCommand.class, JournalReopenCommand.class, JournalDeleteCommand.class,
                JournalRemindersCommand.class, JournalSummaryCommand.class})
public final class JournalCommand {
}
