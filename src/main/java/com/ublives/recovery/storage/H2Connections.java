package com.ublives.recovery.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Connections to database files other than the shared one of {@link Database}: a backup, a copy being
 * converted, or the data file opened without sharing. The path is the only outside text in a URL, and
 * one with ';' (which H2 would read as a setting) is refused; a password goes in the properties.
 */
final class H2Connections {

    private H2Connections() {
    }

    /** The database file {@code base}.mv.db, not shared with other programs (they get "in use"). */
    static Connection exclusive(Path base, Password password) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + checked(base) + cipher(password), properties(password));
    }

    /** The database {@code recovery}.mv.db inside a backup zip, read only. */
    static Connection readOnlyZip(Path zip, Password password) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:zip:" + checked(zip) + "!/" + Database.FILE_NAME
                + cipher(password) + ";ACCESS_MODE_DATA=r", properties(password));
    }

    /** The path for a URL; refused with one sentence when H2 would read part of it as a setting. */
    static String checked(Path path) {
        String file = path.toAbsolutePath().normalize().toString();
        if (file.indexOf(';') >= 0) {
            throw new StorageException("The data folder's path contains ';', which the database cannot use: "
                    + file + ". Choose a folder without it.", null);
        }
        return file;
    }

    static String cipher(Password password) {
        // an encrypted folder writes no trace file: H2 may quote data in one, and it is not encrypted
        return password == null ? "" : ";CIPHER=AES;TRACE_LEVEL_FILE=0";
    }

    static Properties properties(Password password) {
        Properties p = new Properties();
        p.setProperty("user", "sa");
        p.setProperty("password", password == null ? "" : password.connectionPassword());
        return p;
    }
}
