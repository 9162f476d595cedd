package com.ublives.recovery.cli.backup;

import picocli.CommandLine.Command;

/** backup: the data folder's backups (automatic ones are made before the first change of each day). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        subcommands = {BackupCreateCommand.class, BackupListCommand.class, BackupRestoreCommand.class})
public final class BackupCommand {
}
