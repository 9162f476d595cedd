package com.ublives.recovery.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Times are stored as UTC in TIMESTAMP columns, so hours since a massage survive daylight-saving changes.
 * Shared by every feature's repositories (the journal's and the clinic's), so a time reads back the same
 * whichever table holds it.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    public static void set(PreparedStatement ps, int index, Instant instant) throws SQLException {
        ps.setObject(index, instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    public static Instant get(ResultSet rs, String column) throws SQLException {
        LocalDateTime t = rs.getObject(column, LocalDateTime.class);
        return t == null ? null : t.toInstant(ZoneOffset.UTC);
    }
}
