package com.ublives.recovery.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a person's data lives: --data-dir, else $RECOVERY_PLANNER_HOME, else the usual per-user
 * folder of the operating system (XDG on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
public final class DataDirectory {

    public static final String ENV = "RECOVERY_PLANNER_HOME";
    private static final String NAME = "recovery-planner";

    private DataDirectory() {
    }

    public static Path resolve(String dataDirOption) {
        return resolve(dataDirOption, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> env, String osName, String home) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath();
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return appData != null ? Path.of(appData, "Recovery Planner") : Path.of(home, "AppData", "Roaming", "Recovery Planner");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Recovery Planner");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, NAME) : Path.of(home, ".local", "share", NAME);
    }
}
