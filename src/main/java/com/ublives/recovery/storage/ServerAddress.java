package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;

import java.util.Arrays;
import java.util.Locale;

/**
 * A clinic's PostgreSQL server: its JDBC URL ({@code jdbc:postgresql://HOST:PORT/DB}, any further
 * parameters such as {@code sslmode} passed on to the driver), the user, and the password when one was
 * given. The password is never part of the URL, of {@link #toString} or of {@link #describe}: those
 * end up in messages and logs.
 */
public final class ServerAddress {

    public static final String PREFIX = "jdbc:postgresql://";

    private final String url;
    private final String user;
    private final char[] password;

    private ServerAddress(String url, String user, char[] password) {
        this.url = url;
        this.user = user;
        this.password = password == null ? null : password.clone();
    }

    /** Throws IllegalArgumentException with {@link #problemWith}'s sentence when the URL is not usable. */
    public static ServerAddress of(String url, String user, char[] password) {
        Phrase problem = problemWith(url, Phrase.of("server.url.theAddress"));
        if (problem != null) {
            throw new com.ublives.recovery.i18n.PhrasedArgumentException(problem);
        }
        return new ServerAddress(url.strip(), user == null || user.isBlank() ? null : user.strip(), password);
    }

    /**
     * Null when {@code url} names a PostgreSQL database, else one sentence that says what is allowed, with
     * {@code what} (an option's name, or a phrase) as its subject. A URL that carries a password is refused
     * without repeating it: it would be seen in the process list.
     */
    public static Phrase problemWith(String url, Object what) {
        if (url == null || url.isBlank()) {
            return Phrase.of("server.url.missing", what, PREFIX);
        }
        String u = url.strip();
        if (hasPasswordParameter(u)) {
            return Phrase.of("server.url.password", what);
        }
        if (!u.startsWith(PREFIX) || hostAndDatabase(u).indexOf('/') <= 0
                || hostAndDatabase(u).endsWith("/")) {
            return Phrase.of("server.url.form", what, PREFIX, u);
        }
        return null;
    }

    private static boolean hasPasswordParameter(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return false;
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            if (parameter.toLowerCase(Locale.ROOT).startsWith("password=")) {
                return true;
            }
        }
        return false;
    }

    /** HOST:PORT/DB without the scheme and without the parameters. */
    private static String hostAndDatabase(String url) {
        String rest = url.substring(Math.min(PREFIX.length(), url.length()));
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    public String url() {
        return url;
    }

    /** The user name; null when none was given (the driver then uses the operating-system user's). */
    public String user() {
        return user;
    }

    public String userOrDefault() {
        return user != null ? user : System.getProperty("user.name", "");
    }

    public boolean hasPassword() {
        return password != null;
    }

    /** A copy; the caller clears it when done. */
    char[] password() {
        return password == null ? null : password.clone();
    }

    /** The same server and user with a password (typed after the server asked for one). */
    public ServerAddress withPassword(char[] given) {
        return new ServerAddress(url, user, given);
    }

    /** The same server as another user (db copy's target may be reached as another user). */
    public ServerAddress withUser(String otherUser) {
        return new ServerAddress(url, otherUser == null || otherUser.isBlank() ? null : otherUser.strip(), password);
    }

    /** The database's name, from the URL. */
    public String database() {
        String path = hostAndDatabase(url);
        return path.substring(path.indexOf('/') + 1);
    }

    /** "HOST:PORT/DB", for messages: what a person types to name the server, never the password. */
    public String describe() {
        return hostAndDatabase(url);
    }

    public void forgetPassword() {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public String toString() {
        return "ServerAddress[" + describe() + ", user " + userOrDefault() + "]";
    }
}
