package com.ublives.recovery.cli.backup;

import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.BackupFile;
import picocli.CommandLine.Model.CommandSpec;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a backup reads on the command line. */
final class BackupText {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

    private BackupText() {
    }

    static String line(BackupFile b) {
        return b.name() + "  " + when(b) + "  " + b.kind().description() + ", " + size(b.bytes())
                + (b.encrypted() ? ", encrypted" : "");
    }

    static String when(BackupFile b) {
        return LOCAL.format(b.made().atZone(ZoneId.systemDefault()));
    }

    static String size(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : (bytes + 1023) / 1024 + " KB";
    }

    /** A value in settings.properties that is not used is said on stderr, so a typo does not go unseen. */
    static void tellSettingsProblem(CommandSpec spec, DataFolder folder) {
        String problem = folder.backupSettings().problem();
        if (problem != null) {
            spec.commandLine().getErr().println("Note: " + problem);
            spec.commandLine().getErr().flush();
        }
    }
}
