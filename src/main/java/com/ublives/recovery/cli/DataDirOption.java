package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.ublives.recovery.storage.DataDirectory;
import picocli.CommandLine.Option;

/** {@code --data-dir}, shared by every command that reads or writes the data folder. */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: $RECOVERY_PLANNER_HOME, else the per-user folder).")
    private String dataDir;

    /** The services of the chosen folder; the caller closes them. */
    public Services open() {
        return Services.open(DataDirectory.resolve(dataDir));
    }
}
