package com.ublives.recovery.storage;

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
        if (failure instanceof StorageException told && told.getCause() == null) {
            return told;
        }
        SQLException sql = sqlCause(failure);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String where = "the clinic server " + server.describe();
        String subject = "The clinic server " + server.describe();
        String user = server.userOrDefault();
        // 08004 is the driver's "rejected"; without a password given, the server asked for one
        if (state.equals("08004") && !server.hasPassword()) {
            return new ServerPasswordNeededException(subject + " asks for the password of the user " + user
                    + ": set RECOVERY_PLANNER_DB_PASSWORD, or type it when asked.", failure);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StorageException(subject + " did not let the user " + user + " in: check the user name and"
                    + " its password, and that the server accepts this computer (pg_hba.conf on the server).", failure);
        }
        if (state.equals("3D000")) {
            return new StorageException(subject + " has no database named " + server.database()
                    + ": create it (README, \"Clinic server\") or correct the name in the address.", failure);
        }
        if (state.equals("42501")) {
            return new StorageException("The user " + user + " may not " + doing + " on " + where
                    + "; nothing was saved. The server's administrator must grant it (README, \"Clinic server\").", failure);
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return new StorageException(subject + " was busy with another desk's change to the same data;"
                    + " nothing was saved. Try again in a moment.", failure);
        }
        if (state.startsWith("53")) {
            return new StorageException(subject + " has run out of room (disk or memory); nothing was saved."
                    + " Tell the server's administrator.", failure);
        }
        if (state.startsWith("08") || state.startsWith("57P")) {
            return connectionTrouble(where, failure, sql, state);
        }
        return new StorageException("Could not " + doing + " on " + where
                + " because of an unexpected error in the database.", failure);
    }

    /** Never connected (server down, wrong host or port), or lost the connection in the middle of the work. */
    private static StorageException connectionTrouble(String where, Throwable failure, SQLException sql, String state) {
        boolean neverConnected = state.equals("08001") || state.equals("57P03")
                || mentions(sql, "refused") || mentions(sql, "attempt failed");
        if (neverConnected) {
            return new StorageException("Cannot reach " + where + ": check that the server is running, that the"
                    + " host name and port are right, and the network between this computer and the server.", failure);
        }
        return new StorageException("Lost the connection to " + where + "; the change in progress was not saved"
                + " (nothing is half stored). Check that the server is running and the network, then try again.", failure);
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
