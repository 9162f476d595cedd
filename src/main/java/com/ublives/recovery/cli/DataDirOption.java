package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.ublives.recovery.storage.DataDirectory;
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
    private CommandSpec spec;

    /** The services of the chosen folder; the caller closes them. */
    public Services open() {
        return Services.open(folder(), () -> spec.commandLine().getErr()
                .println("Waiting for another program that is using the data folder..."));
    }

    private Path folder() {
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
}
