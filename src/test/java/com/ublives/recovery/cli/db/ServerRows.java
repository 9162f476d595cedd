package com.ublives.recovery.cli.db;

import com.ublives.recovery.server.PostgresServer;
import com.ublives.recovery.storage.ServerAddress;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Row counts read straight from the server, past the app. */
final class ServerRows {

    private ServerRows() {
    }

    static long count(PostgresServer server, ServerAddress database, String table) throws SQLException {
        try (Connection c = server.connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
