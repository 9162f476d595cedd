package com.ublives.recovery;

import com.ublives.recovery.cli.Cli;
import javafx.application.Application;

/**
 * Plain main(): with no arguments it opens the window, with any argument it runs the command line
 * and never touches JavaFX. Kept apart from {@link App} so a fat jar starts without the module path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(App.class, args);
        } else {
            System.exit(Cli.run(args));
        }
    }
}
