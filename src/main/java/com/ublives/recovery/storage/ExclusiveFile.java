package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The data file opened without sharing, for the moments its file is replaced (restore, encryption):
 * opening proves that no other program has it (H2 refuses "already in use", and a second connection
 * in this process would show as a second session), and holding it keeps others out meanwhile.
 */
final class ExclusiveFile implements AutoCloseable {

    /** The file is there but cannot be read as a database (damaged, cut short); the cause says more. */
    static final class Unreadable extends StorageException {
        Unreadable(com.ublives.recovery.i18n.Phrase message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Another program, or another connection of this one, has the file open. */
    static final class InUse extends StorageException {
        InUse(Throwable cause) {
            super(IN_USE, cause);
        }
    }

    private static final Phrase IN_USE = Phrase.of("failure.storage.openElsewhere");

    private final Connection connection;

    private ExclusiveFile(Connection connection) {
        this.connection = connection;
    }

    /** Opens dataDir's recovery.mv.db; the password is used only when the file is encrypted. */
    static ExclusiveFile open(Path dataDir, Password password) {
        Path file = dataDir.resolve(BackupZips.ENTRY);
        boolean encrypted = BackupZips.encryptedFile(file);
        if (encrypted && password == null) {
            throw new WrongPasswordException(Phrase.of("failure.storage.passwordNeeded", dataDir), null);
        }
        Connection c;
        try {
            c = H2Connections.exclusive(dataDir.resolve(Database.FILE_NAME), encrypted ? password : null);
        } catch (SQLException e) {
            StorageException why = StorageException.from(e, "doing.openDataFile");
            if (e.getErrorCode() == StorageException.DATABASE_ALREADY_OPEN) {
                throw new InUse(e);
            }
            if (why instanceof WrongPasswordException) {
                throw why;
            }
            throw new Unreadable(why.phrase(), e);
        }
        try (PreparedStatement sessions = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS");
             ResultSet rs = sessions.executeQuery()) {
            rs.next();
            if (rs.getInt(1) > 1) {
                throw new InUse(null);
            }
            return new ExclusiveFile(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof StorageException s ? s : new Unreadable(StorageException.from(e, "doing.readDataFile").phrase(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    /** Closing the only session closes the database, so its file may then be replaced. */
    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing was written through it; the file is as it was
        }
    }
}
