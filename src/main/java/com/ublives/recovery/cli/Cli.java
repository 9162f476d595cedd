package com.ublives.recovery.cli;

/** The command line: returns the exit status (0 success, 2 bad input). */
public final class Cli {

    private Cli() {
    }

    public static int run(String[] args) {
        System.err.println("The command line is not built yet.");
        return 2;
    }
}
