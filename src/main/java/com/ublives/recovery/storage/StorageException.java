package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

/**
 * A storage failure told in one sentence a person can act on ("the data folder is open in another
 * program..."); the command line prints the message, the window shows it, neither shows a stack trace.
 * The message never carries the database's own text: that stays in the cause, for {@code --verbose}.
 * The sentence is a {@link Phrase}: the window and the command line write it in their language;
 * {@link #getMessage()} is its English.
 */
public class StorageException extends RuntimeException implements Phrased {

    // H2 error codes (org.h2.api.ErrorCode), kept as numbers so this class needs no H2 import
    static final int DATABASE_ALREADY_OPEN = 90020;
    static final int LOCK_TIMEOUT = 50200;
    static final int DEADLOCK = 40001;
    static final int CONNECTION_BROKEN = 90067;
    static final int FILE_CORRUPTED = 90030;
    static final int ENCRYPTION_ERROR = 90049;
    static final int WRONG_USER_OR_PASSWORD = 28000;
    static final int ERROR_OPENING_DATABASE = 8000;
    static final int DATABASE_IS_CLOSED = 90098;
    static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;
    static final int DATABASE_IS_IN_EXCLUSIVE_MODE = 90135;

    /**
     * Failures of opening that another program on the same folder causes for a moment (it is starting to
     * serve the file, or stopping): worth trying again, as {@link Database#open} does.
     */
    private static final Set<Integer> PASSING = Set.of(DATABASE_ALREADY_OPEN, LOCK_TIMEOUT, DEADLOCK,
            CONNECTION_BROKEN, ERROR_OPENING_DATABASE, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN,
            DATABASE_IS_IN_EXCLUSIVE_MODE);

    /** The database file itself could not be read, so a backup is what can bring the data back. */
    private final boolean damagedFile;
    private final transient Phrase phrase;

    public StorageException(Phrase phrase, Throwable cause) {
        this(false, phrase, cause);
    }

    private StorageException(boolean damagedFile, Phrase phrase, Throwable cause) {
        super(phrase.english(), cause);
        this.damagedFile = damagedFile;
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }

    /**
     * Finds the SQL error under a failure (Flyway and the pool wrap it) and says what it means for the
     * person; anything unknown is told as such, its detail kept in the cause.
     */
    public static StorageException from(Throwable failure, Phrase doing) {
        SQLException sql = sqlCause(failure);
        int code = sql == null ? 0 : sql.getErrorCode();
        if (code == ENCRYPTION_ERROR || code == WRONG_USER_OR_PASSWORD) {
            return new WrongPasswordException(Phrase.of("failure.storage.wrongPassword"), failure);
        }
        Phrase message = switch (code) {
            case DATABASE_ALREADY_OPEN -> Phrase.of("failure.storage.inUse");
            case LOCK_TIMEOUT, DEADLOCK -> Phrase.of("failure.storage.busy");
            case CONNECTION_BROKEN, DATABASE_IS_CLOSED, DATABASE_CALLED_AT_SHUTDOWN -> Phrase.of("failure.storage.lost");
            case FILE_CORRUPTED -> Phrase.of("failure.storage.corrupted");
            default -> Phrase.of("failure.storage.unexpected", doing);
        };
        return new StorageException(message, failure);
    }

    /** As {@link #from(Throwable, Phrase)}, {@code doing} a key of i18n/messages (doing.*) with no arguments. */
    public static StorageException from(Throwable failure, String doing) {
        return from(failure, Phrase.of(doing));
    }

    /** As {@link #from(Throwable, String)}, told for where the data source's data lives (a folder or a clinic server). */
    public static StorageException from(javax.sql.DataSource source, Throwable failure, String doing) {
        return from(source, failure, Phrase.of(doing));
    }

    /** As {@link #from(Throwable, Phrase)}, told for where the data source's data lives (a folder or a clinic server). */
    public static StorageException from(javax.sql.DataSource source, Throwable failure, Phrase doing) {
        ServerAddress server = ServerPool.serverOf(source);
        return server != null ? ServerTrouble.explain(server, failure, doing) : from(failure, doing);
    }

    /**
     * Whether restoring a backup may help: the file itself could not be read (damaged, cut short, not a
     * database). Not when another program holds it, the folder cannot be written, or the password is wrong.
     */
    public boolean restoreMayHelp() {
        return damagedFile || damage(this);
    }

    /** The file is there but holds no database that can be read: it is never written over. */
    static StorageException damaged(Path folder, Throwable cause) {
        return new StorageException(true, Phrase.of("failure.storage.damaged", folder, Database.FILE_NAME + ".mv.db"), cause);
    }

    static StorageException unreadable(Path folder, Throwable cause) {
        return new StorageException(Phrase.of("failure.storage.unreadable", folder), cause);
    }

    static StorageException notWritable(Path folder, Throwable cause) {
        return new StorageException(Phrase.of("failure.storage.notWritable", folder), cause);
    }

    static StorageException notAFolder(Path folder, Throwable cause) {
        return new StorageException(Phrase.of("failure.storage.notAFolder", folder), cause);
    }

    /** Other programs kept the folder busy (starting and stopping) for longer than opening waits. */
    static StorageException busy(Path folder, Throwable cause) {
        if (inUse(cause)) {
            return from(cause, Phrase.of("doing.openFolder", folder));
        }
        return new StorageException(Phrase.of("failure.storage.keptBusy", folder), cause);
    }

    static StorageException unexpected(Path folder, Throwable cause) {
        return new StorageException(Phrase.of("failure.storage.unexpected", Phrase.of("doing.openFolder", folder)), cause);
    }

    /** True when the failure is one another program on the folder causes for a moment. */
    static boolean passing(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && PASSING.contains(sql.getErrorCode());
    }

    /** True when the file is held by a program that, for now at least, does not share it. */
    static boolean inUse(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && sql.getErrorCode() == DATABASE_ALREADY_OPEN;
    }

    /** True when H2 found the file corrupt while opening it. */
    static boolean damage(Throwable failure) {
        SQLException sql = sqlCause(failure);
        return sql != null && sql.getErrorCode() == FILE_CORRUPTED;
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
