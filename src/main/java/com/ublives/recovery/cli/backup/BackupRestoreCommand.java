package com.ublives.recovery.cli.backup;

import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.cli.TerminalPassword;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.Backups;
import com.ublives.recovery.storage.Encryption;
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
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replaces the data with a backup; what is there now is kept as a backup first."
                + " Close the window first.")
final class BackupRestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "BACKUP", description = "A name shown by `backup list`.")
    String name;

    @Option(names = "--yes", description = "Restore; without it nothing changes and the command says what it would do.")
    boolean yes;

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = dataDir.folder();
        Clock clock = Clock.systemDefaultZone();
        Backups backups = new Backups(folder, clock);
        BackupFile backup = backups.find(name).orElseThrow(() -> new BadInputException(
                "BACKUP " + name + ": no such backup in " + backups.folder() + "; `backup list` shows them"));
        if (!yes) {
            throw new BadInputException("Would replace the data in " + folder + " with the backup of "
                    + BackupText.when(backup) + " (" + backup.name() + "), keeping what is there now as a backup"
                    + " first; add --yes to restore.");
        }
        Password password = backup.encrypted() || Encryption.isOn(folder) ? TerminalPassword.current(folder) : null;
        Restore.Result done;
        try {
            done = new Restore(folder, backups, clock).run(backup, password);
        } catch (WrongPasswordException e) {
            throw new BadInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Restored the backup of " + BackupText.when(backup) + " (" + backup.name() + ") in " + folder + ".");
        if (done.keptBefore() != null) {
            out.println("What was there before is kept as the backup " + done.keptBefore().name() + ".");
        } else if (done.keptUnreadable() != null) {
            out.println("The data file that could not be read is kept as " + done.keptUnreadable() + ".");
        }
        out.flush();
        return 0;
    }
}
