package com.ublives.recovery.cli.backup;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.Backups;
import com.ublives.recovery.storage.StorageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.Callable;

@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Backs up the data folder now; works while the window is open.")
final class BackupCreateCommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Backups backups = new Backups(dataDir.folder(), Clock.systemDefaultZone());
        BackupText.tellSettingsProblem(spec, backups);
        try (Services services = dataDir.open(); Connection live = services.database().dataSource().getConnection()) {
            BackupFile made = backups.create(BackupFile.Kind.MANUAL, live, dataDir.password());
            spec.commandLine().getOut().println("Backup made: " + made.name() + " (" + BackupText.size(made.bytes())
                    + ", checked by opening it) in " + backups.folder());
            spec.commandLine().getOut().flush();
            return 0;
        } catch (SQLException e) {
            throw StorageException.from(e, "make a backup");
        }
    }
}
