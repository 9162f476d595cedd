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
        return DriverManager.getConnection("jdbc:h2:" + HexPath.nameOf(base.toAbsolutePath().normalize().toString())
                + cipher(password), properties(password));
    }

    /**
     * The database {@code recovery}.mv.db inside a backup zip, read only. {@code zip} must be
     * {@linkplain #zipNameable nameable}: H2 opens a zip by its plain path, not through {@link HexPath}.
     */
    static Connection readOnlyZip(Path zip, Password password) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:zip:" + zip.toAbsolutePath().normalize() + "!/" + Database.FILE_NAME
                + cipher(password) + ";ACCESS_MODE_DATA=r", properties(password));
    }

    /** Whether a zip URL can name this path: ';' would start a setting and '!' end the zip's name. */
    static boolean zipNameable(Path zip) {
        String file = zip.toAbsolutePath().normalize().toString();
        return file.indexOf(';') < 0 && file.indexOf('!') < 0;
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
