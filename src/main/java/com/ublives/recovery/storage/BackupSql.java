package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The SQL of a backup: H2's BACKUP TO of the open database (online and consistent, and an encrypted
 * file stays encrypted in it), and the read-back that makes a copy count. {@link Backups} keeps the
 * folder (names, listing, pruning); the statements are here, as every feature keeps its SQL in its
 * repositories.
 */
final class BackupSql {

    private BackupSql() {
    }

    /** Writes a zip of the database {@code live} is connected to as {@code target}. */
    static void backUp(Connection live, Path target) throws SQLException {
        try (PreparedStatement backup = live.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, target.toAbsolutePath().toString());
            backup.execute();
        }
    }

    /** Opens the database in the zip and reads it; throws when it is not a readable Recovery Planner database. */
    static void check(Path zip, Password password) {
        if (H2Connections.zipNameable(zip)) {
            checkNameable(zip, zip.getFileName(), password);
            return;
        }
        // a folder whose path H2's zip URL cannot name: read a private copy in the temporary folder instead
        Path copy = null;
        try {
            copy = Files.createTempFile("recovery-backup-check", ".zip");
            Files.copy(zip, copy, StandardCopyOption.REPLACE_EXISTING);
            checkNameable(copy, zip.getFileName(), password);
        } catch (IOException e) {
            throw new StorageException(Phrase.of("failure.backup.notCheckable", zip.getFileName()), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the temporary folder
        }
    }

    private static void checkNameable(Path zip, Path name, Password password) {
        try (Connection c = H2Connections.readOnlyZip(zip, password);
             PreparedStatement read = c.prepareStatement("SELECT COUNT(*) FROM \"flyway_schema_history\"");
             ResultSet rs = read.executeQuery()) {
            if (!rs.next() || rs.getInt(1) == 0) {
                throw new StorageException(Phrase.of("failure.backup.noData", name), null);
            }
        } catch (SQLException e) {
            StorageException why = StorageException.from(e, "doing.openIt");
            if (why instanceof WrongPasswordException) {
                throw new WrongPasswordException(Phrase.of("failure.backup.wrongPassword", name), e);
            }
            throw new StorageException(Phrase.of("failure.backup.notADatabase", name, why.phrase()), e);
        }
    }
}
