package com.ublives.recovery.storage;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * Child process that opens the database file the way a program that does not share it would (no
 * AUTO_SERVER), prints "ready", and holds it until its standard input closes.
 */
public final class H2HolderMain {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:h2:file:" + java.nio.file.Path.of(args[0]).resolve(Database.FILE_NAME).toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE IF NOT EXISTS holder (id INT)");
            System.out.println("ready");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the file until the parent closes our input or kills us
            }
        }
    }
}
