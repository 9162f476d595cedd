package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.storage.DataDirectory;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.WrongPasswordException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;

/** {@code --data-dir}, shared by every command that reads or writes the data folder. */
public final class DataDirOption {

    /** What a command opens on the folder, given its password (null when the folder is not encrypted). */
    @FunctionalInterface
    public interface Opening<T> {
        T open(Path folder, Password password, Runnable waiting);
    }

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: $RECOVERY_PLANNER_HOME, else the per-user folder).")
    private String dataDir;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The services of the chosen folder (see {@link #open(Opening)}); the caller closes them. */
    public Services open() {
        return open((folder, password, waiting) -> Services.open(folder, password, this::sayOnStderr, waiting));
    }

    /**
     * Opens the chosen folder with {@code opening}. An encrypted folder asks for its password first (a
     * wrong one is bad input), a failed automatic backup is said on stderr, and so is a wait of more than
     * a few seconds for another program on the folder.
     */
    public <T> T open(Opening<T> opening) {
        Path folder = folder();
        Password password = dataFolder(folder).encrypted() ? TerminalPassword.current(folder) : null;
        try {
            return opening.open(folder, password,
                    () -> sayOnStderr("Waiting for another program that is using the data folder..."));
        } catch (WrongPasswordException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The chosen folder's backups and encryption; nothing is opened. */
    public DataFolder dataFolder() {
        return dataFolder(folder());
    }

    public Path folder() {
        if (dataDir != null && dataDir.isBlank()) {
            throw new BadInputException("--data-dir must name a folder, got an empty value");
        }
        try {
            return DataDirectory.resolve(dataDir);
        } catch (InvalidPathException e) {
            throw new BadInputException((dataDir != null ? "--data-dir" : "$" + DataDirectory.ENV)
                    + " must be a folder name this system allows, got " + e.getInput());
        }
    }

    private static DataFolder dataFolder(Path folder) {
        return new DataFolder(folder, Clock.systemDefaultZone());
    }

    private void sayOnStderr(String line) {
        command.commandLine().getErr().println(line);
        command.commandLine().getErr().flush();
    }
}
