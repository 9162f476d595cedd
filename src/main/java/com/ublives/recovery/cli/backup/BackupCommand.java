package com.ublives.recovery.cli.backup;

import com.ublives.recovery.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.function.Supplier;

import static com.ublives.recovery.cli.CommandGroup.inOrder;
import static com.ublives.recovery.cli.CommandGroup.sub;

/** backup: the data folder's backups (automatic ones are made before the first change of each day). */
@Command(name = "backup", mixinStandardHelpOptions = true)
public final class BackupCommand implements CommandGroup {

    @Override
    public Map<String, Supplier<Object>> subcommands() {
        return inOrder(
                sub("create", BackupCreateCommand::new),
                sub("list", BackupListCommand::new),
                sub("restore", BackupRestoreCommand::new));
    }
}
