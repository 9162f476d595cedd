package com.ublives.recovery.cli;

import com.ublives.recovery.rules.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The command line: returns the exit status (0 success, 2 bad input, 1 failure). Every error a
 * person can cause ends as one line on stderr, never a stack trace.
 */
public final class Cli {

    private Cli() {
    }

    static final String VERBOSE = "--verbose";

    // texts of the usage help: i18n/cli*.properties (CliLanguage), keyed by command and option name
    // the help command is added with the others (withEveryCommand, listingCommands): a call that names a command does not build it
    @Command(name = "recovery-planner", mixinStandardHelpOptions = true, versionProvider = AppVersion.class)
    static final class Root {
        @Option(names = VERBOSE, scope = ScopeType.INHERIT)
        boolean verbose;

        /** Read by CliLanguage before picocli parses; declared so it may stand on any command. */
        @Option(names = CliLanguage.OPTION, paramLabel = "en|de", scope = ScopeType.INHERIT)
        String lang;
    }

    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        if (CliLanguage.choose(args, Locale.getDefault()).isEmpty()) {
            err.println(CliLanguage.refusal(args));
            return 2;
        }
        String help = HelpTexts.forCall(args);
        if (help != null) {
            out.print(help);
            out.flush();
            return stdoutFailed(out, err, 0);
        }
        CommandLine cli = commandLine(args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println(ParseRefusal.sentence(ex));
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, command, parsed) -> {
            if (ex instanceof BadInputException || ex instanceof InvalidInputException) {
                err.println(ex instanceof InvalidInputException invalid
                        ? invalid.first().describe("--", CliLanguage.language()) : ex.getMessage());
                return 2;
            }
            err.println(CliLanguage.say("failure.line", Failures.sentence(ex)));
            if (verbose(parsed)) {
                ex.printStackTrace(err);
            }
            return 1;
        });
        return stdoutFailed(out, err, cli.execute(args));
    }

    /** A PrintWriter keeps a failed write to itself: without this, a full disk exits 0 with half the output. */
    private static int stdoutFailed(PrintWriter out, PrintWriter err, int status) {
        if (out.checkError()) {
            err.println(CliLanguage.say("failure.stdout"));
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

    private static final String[] NO_ARGS = {};

    /** One place where the commands of every feature join the command line, by name. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("plan", PlanCommand::new);
        COMMANDS.put("catalog", CatalogCommand::new);
        COMMANDS.put("journal", com.ublives.recovery.cli.journal.JournalCommand::new);
        COMMANDS.put("clinic", com.ublives.recovery.cli.clinic.ClinicCommand::new);
        COMMANDS.put("sheet", com.ublives.recovery.cli.clinic.SheetCommand::new);
        COMMANDS.put("backup", com.ublives.recovery.cli.backup.BackupCommand::new);
        COMMANDS.put("encryption", EncryptionCommand::new);
        COMMANDS.put("db", com.ublives.recovery.cli.db.DbCommand::new);
        COMMANDS.put("rules", com.ublives.recovery.cli.rules.RulesCommand::new);
    }

    /**
     * Building a command's model reflects over it (a fifth of a command's time when every command was
     * built), so a call that names a command first gets only that one, and of its subcommands only the
     * one named next ({@link CommandGroup}). A call that names none anywhere (help, a misspelt command,
     * only options) runs none either: it lists the commands by name and description, which stand-ins
     * give the same as the commands themselves (CliHelpTest); no stand-in can run, as picocli chooses a
     * command only by a name in the arguments. Any other call (a command named after an option,
     * {@code help plan}) gets them all.
     */
    static CommandLine commandLine(String... args) {
        Supplier<Object> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            // no help command: `help` after a command name is that command's argument, never the root's command
            return withBundle(new CommandLine(new Root()).addSubcommand(model(named.get(), args, 1)));
        }
        return namesNoCommand(args) ? listingCommands() : withEveryCommand();
    }

    /** The root with every command built, as picocli would have it from the annotations. */
    static CommandLine withEveryCommand() {
        CommandLine cli = new CommandLine(new Root()).addSubcommand(new CommandLine.HelpCommand());
        COMMANDS.values().forEach(command -> cli.addSubcommand(model(command.get(), NO_ARGS, 0)));
        return withBundle(cli);
    }

    /**
     * picocli's model of {@code command}, whose subcommand (if it has them) is named by {@code args[next]}:
     * with only that subcommand, or with every one when {@code args[next]} names none. A subcommand named
     * later than next (after an option) is picocli's to find among them all, as before.
     */
    private static CommandLine model(Object command, String[] args, int next) {
        CommandLine cli = new CommandLine(command);
        if (command instanceof CommandGroup group) {
            Map<String, Supplier<Object>> subcommands = group.subcommands();
            Supplier<Object> named = next < args.length ? subcommands.get(args[next]) : null;
            if (named != null) {
                cli.addSubcommand(model(named.get(), args, next + 1));
            } else {
                subcommands.values().forEach(sub -> cli.addSubcommand(model(sub.get(), NO_ARGS, 0)));
            }
        }
        return cli;
    }

    /** The root with a stand-in for every command: its name, and its description from the bundle. */
    static CommandLine listingCommands() {
        CommandLine cli = new CommandLine(new Root()).addSubcommand(new CommandLine.HelpCommand());
        COMMANDS.keySet().forEach(name -> cli.addSubcommand(name, CommandSpec.create()));
        return withBundle(cli);
    }

    private static boolean namesNoCommand(String[] args) {
        return Arrays.stream(args).noneMatch(COMMANDS::containsKey);
    }

    private static CommandLine withBundle(CommandLine cli) {
        cli.setResourceBundle(CliLanguage.bundle());
        return cli;
    }
}
