package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;

import java.sql.SQLException;
import java.util.Locale;

/**
 * What a failure on the clinic server means for the person, in one sentence that names the server
 * (never the password) and what to check. The server's own text stays in the cause, for --verbose.
 * PostgreSQL's SQLSTATE codes decide; a connection error mid-way is said to have saved nothing more,
 * which the server guarantees: a transaction cut off is rolled back.
 */
final class ServerTrouble {

    private ServerTrouble() {
    }

    static StorageException explain(ServerAddress server, Throwable failure, String doing) {
        return explain(server, failure, Phrase.of(doing));
    }

    static StorageException explain(ServerAddress server, Throwable failure, Phrase doing) {
        if (failure instanceof StorageException told && told.getCause() == null) {
            return told;
        }
        SQLException sql = sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String at = server.describe();
        String user = server.userOrDefault();
        // 08004 is the driver's "rejected"; without a password given, the server asked for one
        if (state.equals("08004") && !server.hasPassword()) {
            return new ServerPasswordNeededException(Phrase.of("failure.server.passwordNeeded", at, user), failure);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StorageException(Phrase.of("failure.server.loginRefused", at, user), failure);
        }
        if (state.equals("3D000")) {
            return new StorageException(Phrase.of("failure.server.noDatabase", at, server.database()), failure);
        }
        if (state.equals("42501")) {
            return new StorageException(Phrase.of("failure.server.notAllowed", user, doing, at), failure);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StorageException(Phrase.of("failure.server.busy", at), failure);
        }
        if (state.startsWith("53")) {
            return new StorageException(Phrase.of("failure.server.full", at), failure);
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            return connectionTrouble(at, failure, sql, state);
        }
        return new StorageException(Phrase.of("failure.server.unexpected", doing, at), failure);
    }

    /** Never connected (server down, wrong host or port), or lost the connection in the middle of the work. */
    private static StorageException connectionTrouble(String at, Throwable failure, SQLException sql, String state) {
        boolean neverConnected = state.equals("08001") || state.equals("57P03")
                || mentions(sql, "refused") || mentions(sql, "attempt failed");
        return new StorageException(Phrase.of(neverConnected ? "failure.server.unreachable" : "failure.server.lost", at),
                failure);
    }

    private static boolean mentions(SQLException sql, String word) {
        for (Throwable c = sql; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && c.getMessage().toLowerCase(Locale.ROOT).contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
