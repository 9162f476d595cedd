package com.ublives.recovery.cli;

import com.ublives.recovery.rules.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The command line: returns the exit status (0 success, 2 bad input, 1 failure). Every error a
 * person can cause ends as one line on stderr, never a stack trace.
 */
public final class Cli {

    private Cli() {
    }

    @Command(name = "recovery-planner", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Plans and tracks recovery after a massage. Without a command it opens the window.",
            subcommands = {CommandLine.HelpCommand.class})
    static final class Root {
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(ex.getMessage());
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, command, parsed) -> {
            if (ex instanceof BadInputException || ex instanceof InvalidInputException) {
                err.println(ex instanceof InvalidInputException invalid
                        ? invalid.first().describe("--") : ex.getMessage());
                return 2;
            }
            err.println("Error: " + (ex.getMessage() != null ? ex.getMessage() : ex.toString()));
            return 1;
        });
        return cli.execute(args);
    }

    /** One place where the commands of every feature join the command line. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Root());
        cli.addSubcommand(new PlanCommand());
        cli.addSubcommand(new CatalogCommand());
        cli.addSubcommand(new com.ublives.recovery.cli.journal.JournalCommand());
        cli.addSubcommand(new com.ublives.recovery.cli.clinic.ClinicCommand());
        cli.addSubcommand(new com.ublives.recovery.cli.clinic.SheetCommand());
        cli.addSubcommand(new com.ublives.recovery.cli.backup.BackupCommand());
        cli.addSubcommand(new EncryptionCommand());
        return cli;
    }
}
