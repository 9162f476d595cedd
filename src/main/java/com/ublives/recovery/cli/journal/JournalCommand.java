package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.function.Supplier;

import static com.ublives.recovery.cli.CommandGroup.inOrder;
import static com.ublives.recovery.cli.CommandGroup.sub;

/** journal: the recovery journal on the command line; a contract like plan (see issue 3). */
@Command(name = "journal", mixinStandardHelpOptions = true)
public final class JournalCommand implements CommandGroup {

    @Override
    public Map<String, Supplier<Object>> subcommands() {
        return inOrder(
                sub("add", JournalAddCommand::new),
                sub("check-in", JournalCheckInCommand::new),
                sub("status", JournalStatusCommand::new),
                sub("close", JournalCloseCommand::new),
                sub("export", JournalExportCommand::new),
                sub("import", JournalImportCommand::new),
                sub("edit", JournalEditCommand::new),
                sub("reopen", JournalReopenCommand::new),
                sub("delete", JournalDeleteCommand::new),
                sub("reminders", JournalRemindersCommand::new),
                sub("summary", JournalSummaryCommand::new));
    }
}
