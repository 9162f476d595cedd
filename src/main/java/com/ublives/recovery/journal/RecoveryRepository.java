package com.ublives.recovery.journal;

import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.storage.JsonColumns;
import com.ublives.recovery.storage.SqlTimes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL for the recovery table: the person's own recoveries only (clinic sessions have their own table since V4).
 * Stateless: the caller's connection decides the transaction.
 */
public final class RecoveryRepository {

    static final String COLUMNS = "r.id, r.massage, r.started_at, r.therapist, r.place, r.end_soreness, r.quality,"
            + " r.factors, r.conditions, r.note, r.closed_at, r.closed_by, r.pressure, r.areas";

    public long insert(Connection c, NewRecovery r) throws SQLException {
        String sql = "INSERT INTO recovery (massage, started_at, therapist, place, end_soreness, quality, factors,"
                + " conditions, note, pressure, areas) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bindMassage(ps, r);
            ps.executeUpdate();
            return generatedId(ps);
        }
    }

    /** The massage's eleven columns, in the order insert and update name them. */
    private static void bindMassage(PreparedStatement ps, NewRecovery r) throws SQLException {
        ps.setString(1, r.massage());
        SqlTimes.set(ps, 2, r.startedAt());
        ps.setString(3, r.therapist());
        ps.setString(4, r.place());
        setInteger(ps, 5, r.endSoreness());
        ps.setString(6, r.quality().id());
        ps.setString(7, JsonColumns.write(r.factors()));
        ps.setString(8, JsonColumns.write(r.conditions()));
        ps.setString(9, r.note());
        ps.setString(10, r.pressure());
        ps.setString(11, JsonColumns.write(r.areas()));
    }

    /** Replaces what the person gave about the massage; its open or closed state stays. */
    public boolean update(Connection c, long id, NewRecovery r) throws SQLException {
        String sql = "UPDATE recovery SET massage = ?, started_at = ?, therapist = ?, place = ?, end_soreness = ?,"
                + " quality = ?, factors = ?, conditions = ?, note = ?, pressure = ?, areas = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindMassage(ps, r);
            ps.setLong(12, id);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<Recovery> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM recovery r WHERE r.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /** Every recovery, newest massage first. */
    public List<Recovery> findAll(Connection c) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM recovery r ORDER BY r.started_at DESC, r.id DESC");
    }

    /** Open recoveries, oldest massage first. */
    public List<Recovery> findOpen(Connection c) throws SQLException {
        return list(c, "SELECT " + COLUMNS + " FROM recovery r WHERE r.closed_at IS NULL ORDER BY r.started_at, r.id");
    }

    public void close(Connection c, long id, Instant at, ClosedBy by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE recovery SET closed_at = ?, closed_by = ? WHERE id = ?")) {
            SqlTimes.set(ps, 1, at);
            ps.setString(2, by.name());
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    public void reopen(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE recovery SET closed_at = NULL, closed_by = NULL WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Points the recovery at its latest check-in by time (none when it has none). */
    public void refreshLatestCheckIn(Connection c, long id) throws SQLException {
        String sql = "UPDATE recovery SET latest_check_in_id = (SELECT l.id FROM check_in l WHERE l.recovery_id = ?"
                + " ORDER BY l.checked_at DESC, l.id DESC FETCH FIRST 1 ROWS ONLY) WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Deletes the recovery and, by the foreign key's cascade, its check-ins. */
    public boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM recovery WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM recovery");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Recovery> list(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<Recovery> result = new ArrayList<>();
            while (rs.next()) {
                result.add(map(rs));
            }
            return result;
        }
    }

    static Recovery map(ResultSet rs) throws SQLException {
        String closedBy = rs.getString("closed_by");
        return new Recovery(rs.getLong("id"), rs.getString("massage"), SqlTimes.get(rs, "started_at"),
                rs.getString("therapist"), rs.getString("place"), getInteger(rs, "end_soreness"),
                PainQuality.fromId(rs.getString("quality")), JsonColumns.ids(rs.getString("factors")),
                JsonColumns.ids(rs.getString("conditions")), rs.getString("note"), SqlTimes.get(rs, "closed_at"),
                closedBy == null ? null : ClosedBy.valueOf(closedBy), rs.getString("pressure"),
                JsonColumns.ids(rs.getString("areas")));
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static Integer getInteger(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }
}
