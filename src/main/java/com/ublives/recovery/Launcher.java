package com.ublives.recovery;

import com.ublives.recovery.cli.Cli;
import javafx.application.Application;

import java.util.List;

/**
 * Plain main(): with no arguments, or only --data-dir DIR, it opens the window; anything else runs
 * the command line and never touches JavaFX. Kept apart from {@link App} so a fat jar starts
 * without the module path.
 */
public final class Launcher {

    private static final String DATA_DIR = "--data-dir";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(List.of(args))) {
            Application.launch(App.class, args);
        } else {
            System.exit(Cli.run(args));
        }
    }

    static boolean opensWindow(List<String> args) {
        return args.isEmpty()
                || args.size() == 2 && args.get(0).equals(DATA_DIR) && !args.get(1).startsWith("-")
                || args.size() == 1 && args.get(0).startsWith(DATA_DIR + "=") && args.get(0).length() > DATA_DIR.length() + 1;
    }

    /** The value of --data-dir among the window's arguments, or null for the default folder. */
    static String dataDirOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(DATA_DIR) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (args.get(i).startsWith(DATA_DIR + "=")) {
                return args.get(i).substring(DATA_DIR.length() + 1);
            }
        }
        return null;
    }
}
