package com.ublives.recovery.cli.journal;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.OutFile;
import com.ublives.recovery.journal.ReminderCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "reminders", mixinStandardHelpOptions = true,
        description = {"Write an iCalendar file (.ics) with a reminder at each check-in of a recovery still due",
                "(at the check-in hours of Settings: 12, 24, 48, 72 h after the massage unless changed there),",
                "and at 72 h what to do if still sore, for a calendar app to remind you when this one is closed.",
                "The file names the massage and the times only: no health conditions, soreness or notes."})
final class JournalRemindersCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--out", required = true, paramLabel = "FILE.ics", description = "The calendar file to write.")
    Path out;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Override
    Integer run(Services services) {
        Path target = OutFile.check(out, force);
        ReminderCalendar.Calendar calendar = services.journal().reminders(recovery);
        OutFile.writeText(out, target, force, w -> w.write(calendar.ics()));
        int n = calendar.reminders().size();
        out().println("Wrote " + n + (n == 1 ? " reminder" : " reminders") + " for recovery " + recovery + " to "
                + target + ". Open the file with your calendar app to add them.");
        return 0;
    }
}
