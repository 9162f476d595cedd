package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.DataDirectory;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.WrongPasswordException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Where the data is, shared by every command that reads or writes it: a data folder ({@code --data-dir})
 * or a clinic's PostgreSQL server ({@code --db-url}, {@code --db-user}). The server's password is never
 * an option (a command line is seen in the process list): it comes from $RECOVERY_PLANNER_DB_PASSWORD,
 * or is typed on the terminal when the server asks for one.
 */
public final class DataDirOption {

    /** What a command opens on the folder, given its password (null when the folder is not encrypted). */
    @FunctionalInterface
    public interface Opening<T> {
        T open(Path folder, Password password, Runnable waiting);
    }

    @Option(names = "--data-dir", paramLabel = "DIR")
    private String dataDir;

    @Option(names = "--db-url", paramLabel = "URL")
    private String dbUrl;

    @Option(names = "--db-user", paramLabel = "NAME")
    private String dbUser;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * The services of the chosen place; the caller closes them. An encrypted folder asks for its
     * password first (a wrong one is bad input), a failed automatic backup is said on stderr, and so is
     * a wait of more than a few seconds for another program on the folder. A server that asks for a
     * password not given gets one typed on the terminal.
     */
    public Services open() {
        ServerAddress server = server();
        Services services = server != null
                ? Services.openServer(server, () -> ServerChoice.askPassword(server))
                : open((folder, password, waiting) -> Services.open(DataLocation.folder(folder), password,
                        told -> sayOnStderr(CliLanguage.say(told)), waiting, Database.Stay.SHORT));
        // the rule set's own texts (massage names, warnings, plan items) in the language of this run
        services.planner().speak(CliLanguage.language().code());
        return services;
    }

    /**
     * Opens the chosen folder with {@code opening}. An encrypted folder asks for its password first (a
     * wrong one is bad input), a failed automatic backup is said on stderr, and so is a wait of more than
     * a few seconds for another program on the folder. Refused when the data is on a clinic server.
     */
    public <T> T open(Opening<T> opening) {
        Path folder = folder();
        Password password = dataFolder(folder).encrypted() ? TerminalPassword.current(folder) : null;
        try {
            return opening.open(folder, password,
                    () -> sayOnStderr(CliLanguage.say("dataDir.waiting")));
        } catch (WrongPasswordException e) {
            throw new BadInputException(CliLanguage.words(e));
        }
    }

    /** --db-user as given; null when not. */
    public String dbUser() {
        return dbUser;
    }

    /** The data folder, or the clinic server chosen by option or environment (an option wins over the environment). */
    public DataLocation where() {
        ServerAddress server = server();
        return server != null ? DataLocation.server(server) : DataLocation.folder(chosenFolder());
    }

    /** The clinic server chosen, or null for a data folder. */
    public ServerAddress server() {
        if (dbUrl != null && dataDir != null) {
            throw new BadInputException(CliLanguage.say("dataDir.twoPlaces"));
        }
        return ServerChoice.fromEnvironment(dataDir != null, dbUrl, dbUser).address();
    }

    /** The chosen folder's backups and encryption; nothing is opened. Refused when the data is on a server. */
    public DataFolder dataFolder() {
        return dataFolder(folder());
    }

    /**
     * The data folder, for the commands that only work on one (backups, encryption): refused with one
     * line when the data is on a clinic server, where those are the server's business.
     */
    public Path folder() {
        ServerAddress server = server();
        if (server != null) {
            throw new BadInputException(folderOnly(server));
        }
        return chosenFolder();
    }

    private String folderOnly(ServerAddress server) {
        String name = command == null ? "" : command.qualifiedName(" ");
        String which = name.contains(" backup") ? "backup" : name.contains(" encryption") ? "encryption" : "other";
        return CliLanguage.say("dataDir.onServer." + which, server.describe());
    }

    /** The data folder named by --data-dir or the environment, whatever server may be chosen too. */
    public Path chosenFolder() {
        if (dataDir != null && dataDir.isBlank()) {
            throw new BadInputException(CliLanguage.say("dataDir.empty"));
        }
        try {
            return DataDirectory.resolve(dataDir);
        } catch (InvalidPathException e) {
            throw new BadInputException(CliLanguage.say("dataDir.invalid",
                    dataDir != null ? "--data-dir" : "$" + DataDirectory.ENV, e.getInput()));
        }
    }

    /** True when --db-url was given on the command line (not only in the environment). */
    public boolean serverOptionGiven() {
        return dbUrl != null;
    }

    private static DataFolder dataFolder(Path folder) {
        return new DataFolder(folder, Clock.systemDefaultZone());
    }

    private void sayOnStderr(String line) {
        command.commandLine().getErr().println(line);
        command.commandLine().getErr().flush();
    }
}
