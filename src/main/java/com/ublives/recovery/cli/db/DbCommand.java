package com.ublives.recovery.cli.db;

import picocli.CommandLine.Command;

/** db: where the data is (a folder or a clinic server), and moving a data folder to a server. */
@Command(name = "db", mixinStandardHelpOptions = true,
        subcommands = {DbStatusCommand.class, DbCopyCommand.class})
public final class DbCommand {
}
