package com.ublives.recovery.cli.backup;

import picocli.CommandLine.Command;

/** backup: the data folder's backups (automatic ones are made before the first change of each day). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Back up the data folder, list its backups, restore one. One automatic backup is made"
                + " before the first change of each day; the newest 14 are kept (backups.keep in settings.properties).",
        subcommands = {BackupCreateCommand.class, BackupListCommand.class, BackupRestoreCommand.class})
public final class BackupCommand {
}
