package com.ublives.recovery.storage;

import java.nio.file.Path;
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
        try (Connection c = H2Connections.readOnlyZip(zip, password);
             PreparedStatement read = c.prepareStatement("SELECT COUNT(*) FROM \"flyway_schema_history\"");
             ResultSet rs = read.executeQuery()) {
            if (!rs.next() || rs.getInt(1) == 0) {
                throw new StorageException("The backup " + zip.getFileName() + " holds no Recovery Planner data.", null);
            }
        } catch (SQLException e) {
            StorageException why = StorageException.from(e, "open it");
            if (why instanceof WrongPasswordException) {
                throw new WrongPasswordException("The password does not open the backup " + zip.getFileName() + ".", e);
            }
            throw new StorageException("The backup " + zip.getFileName() + " does not open as a database, so it"
                    + " does not count: " + why.getMessage(), e);
        }
    }
}
