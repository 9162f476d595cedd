package com.ublives.recovery.cli.backup;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.BackupFile;
import picocli.CommandLine.Model.CommandSpec;

import java.time.ZoneId;

/** How a backup reads on the command line. */
final class BackupText {

    private BackupText() {
    }

    static String line(BackupFile b) {
        return CliLanguage.say(b.encrypted() ? "backup.line.encrypted" : "backup.line", b.name(), when(b),
                CliLanguage.say("backup.kind." + b.kind().id()), size(b.bytes()));
    }

    static String when(BackupFile b) {
        return CliLanguage.dateTimeWithSeconds().format(b.made().atZone(ZoneId.systemDefault()));
    }

    static String size(long bytes) {
        return bytes < 1024 ? CliLanguage.say("backup.bytes", bytes) : CliLanguage.say("backup.kilobytes", (bytes + 1023) / 1024);
    }

    /** A value in settings.properties that is not used is said on stderr, so a typo does not go unseen. */
    static void tellSettingsProblem(CommandSpec spec, DataFolder folder) {
        com.ublives.recovery.i18n.Phrase problem = folder.backupSettings().problem();
        if (problem != null) {
            spec.commandLine().getErr().println(CliLanguage.say("backup.settingsNote", CliLanguage.say(problem)));
            spec.commandLine().getErr().flush();
        }
    }
}
