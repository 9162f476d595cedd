package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.ublives.recovery.storage.DataDirectory;
import com.ublives.recovery.storage.Encryption;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.WrongPasswordException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** {@code --data-dir}, shared by every command that reads or writes the data folder. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: $RECOVERY_PLANNER_HOME, else the per-user folder).")
    private String dataDir;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private Password password;

    /**
     * The services of the chosen folder; the caller closes them. An encrypted folder asks for its
     * password first (a wrong one is bad input), a failed automatic backup is said on stderr, and so is
     * a wait of more than a few seconds for another program on the folder.
     */
    public Services open() {
        Path folder = folder();
        password = Encryption.isOn(folder) ? TerminalPassword.current(folder) : null;
        try {
            return Services.open(folder, password, this::sayOnStderr,
                    () -> sayOnStderr("Waiting for another program that is using the data folder..."));
        } catch (WrongPasswordException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The password {@link #open} used; null for an unencrypted folder. */
    public Password password() {
        return password;
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

    private void sayOnStderr(String line) {
        command.commandLine().getErr().println(line);
        command.commandLine().getErr().flush();
    }
}
