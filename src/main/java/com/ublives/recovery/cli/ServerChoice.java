package com.ublives.recovery.cli;

import com.ublives.recovery.storage.ServerAddress;

import java.util.Map;

/**
 * The clinic server a command uses, from its options and the environment: --db-url (else
 * $RECOVERY_PLANNER_DB_URL unless --data-dir was given), --db-user (else $RECOVERY_PLANNER_DB_USER),
 * the password from $RECOVERY_PLANNER_DB_PASSWORD only. {@link #address} is null for a data folder.
 */
public record ServerChoice(ServerAddress address) {

    static final String URL_ENV = "RECOVERY_PLANNER_DB_URL";
    static final String USER_ENV = "RECOVERY_PLANNER_DB_USER";
    static final String PASSWORD_ENV = "RECOVERY_PLANNER_DB_PASSWORD";

    static ServerChoice fromEnvironment(boolean folderGiven, String urlOption, String userOption) {
        return of(folderGiven, urlOption, userOption, System.getenv());
    }

    static ServerChoice of(boolean folderGiven, String urlOption, String userOption, Map<String, String> env) {
        String url = urlOption != null ? urlOption : folderGiven ? null : blankToNull(env.get(URL_ENV));
        if (url == null) {
            return new ServerChoice(null);
        }
        com.ublives.recovery.i18n.Phrase problem = ServerAddress.problemWith(url, urlOption != null ? "--db-url" : "$" + URL_ENV);
        if (problem != null) {
            throw new BadInputException(CliLanguage.say(problem));
        }
        if (userOption != null && userOption.isBlank()) {
            throw new BadInputException(CliLanguage.say("dbUser.empty"));
        }
        String user = userOption != null ? userOption : blankToNull(env.get(USER_ENV));
        String password = env.get(PASSWORD_ENV);
        return new ServerChoice(ServerAddress.of(url, user,
                password == null || password.isEmpty() ? null : password.toCharArray()));
    }

    /** db copy's target: --to URL, as --db-user (else $RECOVERY_PLANNER_DB_USER), with $RECOVERY_PLANNER_DB_PASSWORD. */
    public static ServerAddress target(String url, String userOption) {
        com.ublives.recovery.i18n.Phrase problem = ServerAddress.problemWith(url, "--to");
        if (problem != null) {
            throw new BadInputException(CliLanguage.say(problem));
        }
        return of(true, url, userOption, System.getenv()).address();
    }

    /** The server's password typed on the terminal; null when there is no terminal. */
    public static char[] askPassword(ServerAddress server) {
        java.io.Console console = System.console();
        return console == null ? null : console.readPassword("%s", CliLanguage.say("password.server",
                server.userOrDefault(), server.describe()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
