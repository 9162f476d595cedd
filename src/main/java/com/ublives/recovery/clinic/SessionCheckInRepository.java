package com.ublives.recovery.clinic;

import com.ublives.recovery.journal.Judgement;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.Status;
import com.ublives.recovery.storage.JsonColumns;
import com.ublives.recovery.storage.SqlTimes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the check-ins kept with sessions (table clinic_session_check_in, filled once by V4). Read-only:
 * the clinic records no new check-ins, and they go when their session is deleted (cascade).
 */
public final class SessionCheckInRepository {

    /** One session's check-ins in time order. */
    public List<SessionCheckIn> forSession(Connection c, long sessionId) throws SQLException {
        String sql = "SELECT id, session_id, checked_at, soreness, quality, red_flags, note, hours, previous_soreness,"
                + " status, band, warnings, fired_rules, rule_set_version FROM clinic_session_check_in"
                + " WHERE session_id = ? ORDER BY checked_at, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                List<SessionCheckIn> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(map(rs));
                }
                return result;
            }
        }
    }

    private static SessionCheckIn map(ResultSet rs) throws SQLException {
        int previous = rs.getInt("previous_soreness");
        Integer previousSoreness = rs.wasNull() ? null : previous;
        Judgement judgement = new Judgement(rs.getDouble("hours"), previousSoreness,
                Status.valueOf(rs.getString("status")), rs.getString("band"),
                JsonColumns.warnings(rs.getString("warnings")), JsonColumns.ids(rs.getString("fired_rules")),
                rs.getString("rule_set_version"));
        return new SessionCheckIn(rs.getLong("id"), rs.getLong("session_id"), SqlTimes.get(rs, "checked_at"),
                rs.getInt("soreness"), PainQuality.fromId(rs.getString("quality")),
                JsonColumns.ids(rs.getString("red_flags")), rs.getString("note"), judgement);
    }
}
