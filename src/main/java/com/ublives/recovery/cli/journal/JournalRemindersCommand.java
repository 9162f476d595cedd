package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.OutFile;
import com.ublives.recovery.journal.ReminderCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "reminders", mixinStandardHelpOptions = true)
final class JournalRemindersCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--out", required = true, paramLabel = "FILE.ics")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Override
    Integer run(Services services) {
        Path target = OutFile.check(out, force);
        ReminderCalendar.Calendar calendar = services.journal().reminders(recovery);
        OutFile.writeText(out, target, force, w -> w.write(calendar.ics()));
        int n = calendar.reminders().size();
        out().println(CliLanguage.say("journal.reminders.done", n, String.valueOf(recovery), target));
        return 0;
    }
}
