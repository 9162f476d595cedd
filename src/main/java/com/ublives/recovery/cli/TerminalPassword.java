package com.ublives.recovery.cli;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.datafolder.NewPassword;
import com.ublives.recovery.storage.Password;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The password of an encrypted data folder on the command line: from the environment, else typed on
 * the terminal without echo. Never an option: a command line is seen in the process list and kept in
 * the shell's history.
 */
public final class TerminalPassword {

    public static final String ENV = "RECOVERY_PLANNER_PASSWORD";
    /** The new password of `encryption change` when it is not typed. */
    public static final String NEW_ENV = "RECOVERY_PLANNER_NEW_PASSWORD";

    private TerminalPassword() {
    }

    /** The password of an encrypted folder. */
    public static Password current(Path dataDir) {
        String given = System.getenv(ENV);
        if (given != null && !given.isEmpty()) {
            return Password.of(given.toCharArray());
        }
        Console console = System.console();
        if (console == null) {
            throw new BadInputException(CliLanguage.say("password.noTerminal", dataDir, ENV));
        }
        char[] typed = console.readPassword("%s", CliLanguage.say("password.folder", dataDir));
        if (typed == null || typed.length == 0) {
            throw new BadInputException(CliLanguage.say("password.none", dataDir));
        }
        return take(typed);
    }

    /** A new password, from {@code env} or typed twice. */
    public static Password fresh(String env) {
        String given = System.getenv(env);
        if (given != null && !given.isEmpty()) {
            return checked(given.toCharArray());
        }
        Console console = System.console();
        if (console == null) {
            throw new BadInputException(CliLanguage.say("password.newNeeded", env));
        }
        char[] first = console.readPassword("%s", CliLanguage.say("password.new", Password.MIN_LENGTH));
        char[] again = console.readPassword("%s", CliLanguage.say("password.again"));
        Phrase problem = NewPassword.problem(first, again);
        if (again != null) {
            Arrays.fill(again, '\0');
        }
        if (problem != null) {
            throw new BadInputException(CliLanguage.say(problem));
        }
        return take(first);
    }

    /** Given once, in the environment: only its length can be wrong. */
    private static Password checked(char[] typed) {
        Phrase problem = NewPassword.problem(typed, typed);
        if (problem != null) {
            throw new BadInputException(CliLanguage.say(problem));
        }
        return take(typed);
    }

    private static Password take(char[] typed) {
        Password password = Password.of(typed);
        Arrays.fill(typed, '\0');
        return password;
    }
}
