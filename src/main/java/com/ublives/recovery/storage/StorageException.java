package com.ublives.recovery.storage;

import java.sql.SQLException;

/**
 * A storage failure told in one sentence a person can act on ("the data folder is open in another
 * program..."); the command line prints the message, the window shows it, neither shows a stack trace.
 */
public class StorageException extends RuntimeException {

    // H2 error codes (org.h2.api.ErrorCode), kept as numbers so this class needs no H2 import
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int LOCK_TIMEOUT = 50200;
    static final int DEADLOCK = 40001;
    static final int CONNECTION_BROKEN = 90067;
    static final int FILE_CORRUPTED = 90030;
    static final int ENCRYPTION_ERROR = 90049;
    static final int WRONG_USER_OR_PASSWORD = 28000;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Finds the SQL error under a failure (Flyway and the pool wrap it) and says what it means for the
     * person; anything unknown keeps the database's own first line, without the stack.
     */
    public static StorageException from(Throwable failure, String doing) {
        SQLException sql = sqlCause(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == ENCRYPTION_ERROR || code == WRONG_USER_OR_PASSWORD) {
            return new WrongPasswordException("The password does not open the encrypted data folder.", failure);
        }
        String message = switch (code) {
            case DATABASE_ALREADY_OPEN -> "The data folder is in use by another program that does not share it."
                    + " Close the other Recovery Planner (or the program holding the database) and try again.";
            case LOCK_TIMEOUT, DEADLOCK -> "The journal is busy with another change right now; nothing was saved."
                    + " Try again in a moment.";
            case CONNECTION_BROKEN -> "Lost the connection to the Recovery Planner that shares the data folder;"
                    + " nothing more was saved. Try again.";
            case FILE_CORRUPTED -> "The database file is damaged. Restore a backup or an export.";
            default -> "Could not " + doing + ": " + firstLine(sql != null ? sql : failure);
        };
        return new StorageException(message, failure);
    }

    /**
     * Whether restoring a backup may help: the file itself could not be read (damaged, cut short, not a
     * database). Not when another program holds it, a change is busy, or the password is wrong.
     */
    public boolean restoreMayHelp() {
        if (this instanceof WrongPasswordException) {
            return false;
        }
        SQLException sql = sqlCause(this);
        int code = sql == null ? 0 : sql.getErrorCode();
        return code != DATABASE_ALREADY_OPEN && code != LOCK_TIMEOUT && code != DEADLOCK && code != CONNECTION_BROKEN;
    }

    private static SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = m.indexOf('\n');
        return (newline < 0 ? m : m.substring(0, newline)).trim();
    }
}
