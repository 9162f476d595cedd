package com.ublives.recovery.cli;

import com.ublives.recovery.rules.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;

/**
 * The command line: returns the exit status (0 success, 2 bad input, 1 failure). Every error a
 * person can cause ends as one line on stderr, never a stack trace.
 */
public final class Cli {

    private Cli() {
    }

    static final String VERBOSE = "--verbose";

    @Command(name = "recovery-planner", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
            description = "Plans and tracks recovery after a massage. Without a command it opens the window.",
            subcommands = {CommandLine.HelpCommand.class})
    static final class Root {
        @Option(names = VERBOSE, scope = ScopeType.INHERIT,
                description = "On a failure, also print its technical detail (for a bug report).")
        boolean verbose;
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
            err.println("Error: " + Failures.sentence(ex));
            if (verbose(parsed)) {
                ex.printStackTrace(err);
            }
            return 1;
        });
        int status = cli.execute(args);
        // a PrintWriter keeps a failed write to itself: without this, a full disk exits 0 with half the output
        if (out.checkError()) {
            err.println("Could not write to standard output (is the disk full or the pipe closed?);"
                    + " the output is incomplete");
            return status == 0 ? 1 : status;
        }
        return status;
    }

    /** --verbose may stand after any command, so it is looked for on every level that was parsed. */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult level = parsed; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
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
