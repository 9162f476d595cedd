package com.ublives.recovery.cli.db;

import com.ublives.recovery.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.function.Supplier;

import static com.ublives.recovery.cli.CommandGroup.inOrder;
import static com.ublives.recovery.cli.CommandGroup.sub;

/** db: where the data is (a folder or a clinic server), and moving a data folder to a server. */
@Command(name = "db", mixinStandardHelpOptions = true)
public final class DbCommand implements CommandGroup {

    @Override
    public Map<String, Supplier<Object>> subcommands() {
        return inOrder(
                sub("status", DbStatusCommand::new),
                sub("copy", DbCopyCommand::new));
    }
}
