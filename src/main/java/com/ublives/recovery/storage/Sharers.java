package com.ublives.recovery.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The other programs this one serves the database file to (H2's AUTO_SERVER). The serving program must
 * not end while they are connected: their connection would break in the middle of a change. So closing
 * waits until none is connected, then shuts the door (exclusive mode: a program that comes now is
 * refused and tries again, opening the file itself once this one has let it go).
 */
final class Sharers {

    /** A program that stays connected longer (a window opened after this command) is cut off; it reconnects. */
    static final long LIMIT_MS = 15_000;

    private final Connection own;
    private final Patience patience;

    Sharers(Connection own, Patience patience) {
        this.own = own;
        this.patience = patience;
    }

    void awaitDeparture() throws SQLException {
        if (!serving()) {
            return;
        }
        long deadline = System.nanoTime() + LIMIT_MS * 1_000_000;
        try (Statement s = own.createStatement()) {
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000;
                if (left <= 0 || !patience.await(() -> connected() == 0, left)) {
                    return;
                }
                s.execute("SET EXCLUSIVE 1");
                if (connected() == 0) {
                    return; // the caller closes this connection last, with the door shut
                }
                s.execute("SET EXCLUSIVE 0");
            }
        }
    }

    /** True when this program holds the file itself, rather than reaching it through another program. */
    private boolean serving() throws SQLException {
        try (Statement s = own.createStatement();
             ResultSet r = s.executeQuery("SELECT SERVER FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID = SESSION_ID()")) {
            return r.next() && r.getString(1) == null;
        }
    }

    /** How many sessions of other programs, served by this one, are open. */
    private int connected() {
        try (Statement s = own.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE SERVER IS NOT NULL")) {
            r.next();
            return r.getInt(1);
        } catch (SQLException e) {
            return 0;
        }
    }
}
