package com.ublives.recovery.cli.db;

import picocli.CommandLine.Command;

/** db: where the data is (a folder or a clinic server), and moving a data folder to a server. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Where the data is: a data folder on this computer or a clinic's PostgreSQL server"
                + " (--db-url). `db status` says which and what it holds; `db copy --to URL` moves a data folder"
                + " to an empty server database.",
        subcommands = {DbStatusCommand.class, DbCopyCommand.class})
public final class DbCommand {
}
