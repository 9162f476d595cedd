package com.ublives.recovery.cli.backup;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.cli.TerminalPassword;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.Restore;
import com.ublives.recovery.storage.WrongPasswordException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true)
final class BackupRestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BACKUP", descriptionKey = "backup")
    String name;

    @Option(names = "--yes")
    boolean yes;

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DataFolder dataFolder = dataDir.dataFolder();
        Path folder = dataFolder.path();
        BackupFile backup = dataFolder.backup(name).orElseThrow(() -> new BadInputException(
                CliLanguage.say("backup.unknown", name, dataFolder.backupsFolder())));
        if (!yes) {
            throw new BadInputException(CliLanguage.say("backup.wouldRestore", folder, BackupText.when(backup),
                    backup.name()));
        }
        Password password = backup.encrypted() || dataFolder.encrypted() ? TerminalPassword.current(folder) : null;
        Restore.Result done;
        try {
            done = dataFolder.restore(backup, password);
        } catch (WrongPasswordException e) {
            throw new BadInputException(CliLanguage.words(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(CliLanguage.say("backup.restored", BackupText.when(backup), backup.name(), folder));
        if (done.keptBefore() != null) {
            out.println(CliLanguage.say("backup.keptBefore", done.keptBefore().name()));
        } else if (done.keptUnreadable() != null) {
            out.println(CliLanguage.say("backup.keptUnreadable", done.keptUnreadable()));
        }
        out.flush();
        return 0;
    }
}
