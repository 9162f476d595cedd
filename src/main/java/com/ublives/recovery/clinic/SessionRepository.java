package com.ublives.recovery.clinic;

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
 * SQL for the clinic's sessions (table clinic_session, V4), each read with its client. Times are UTC in
 * TIMESTAMP columns, as in the journal they came from. Stateless: the caller's connection decides the
 * transaction.
 */
public final class SessionRepository {

    private static final String SELECT = "SELECT " + ClientRepository.COLUMNS + ", s.id, s.started_at, s.therapist,"
            + " s.massage, s.pressure, s.areas, s.end_soreness, s.quality, s.factors, s.conditions, s.note"
            + " FROM clinic_session s JOIN client cl ON cl.id = s.client_id";

    public long insert(Connection c, NewSession s) throws SQLException {
        String sql = "INSERT INTO clinic_session (client_id, started_at, therapist, massage, pressure, areas,"
                + " end_soreness, quality, factors, conditions, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, s);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The database returned no id for the new session");
                }
                return keys.getLong(1);
            }
        }
    }

    /** Replaces everything the session says (its client included); false when there is no such session. */
    public boolean update(Connection c, long id, NewSession s) throws SQLException {
        String sql = "UPDATE clinic_session SET client_id = ?, started_at = ?, therapist = ?, massage = ?, pressure = ?,"
                + " areas = ?, end_soreness = ?, quality = ?, factors = ?, conditions = ?, note = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, s);
            ps.setLong(12, id);
            return ps.executeUpdate() == 1;
        }
    }

    /** Deletes the session and, by the foreign key's cascade, the check-ins kept with it. */
    public boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM clinic_session WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<ClinicSession> find(Connection c, long id) throws SQLException {
        List<ClinicSession> found = list(c, SELECT + " WHERE s.id = ?", ps -> ps.setLong(1, id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Sessions that started in [from, to), in time order. */
    public List<ClinicSession> startedBetween(Connection c, Instant from, Instant to) throws SQLException {
        return list(c, SELECT + " WHERE s.started_at >= ? AND s.started_at < ? ORDER BY s.started_at, s.id", ps -> {
            SqlTimes.set(ps, 1, from);
            SqlTimes.set(ps, 2, to);
        });
    }

    /** A client's history, newest session first. */
    public List<ClinicSession> ofClient(Connection c, long clientId) throws SQLException {
        return list(c, SELECT + " WHERE s.client_id = ? ORDER BY s.started_at DESC, s.id DESC",
                ps -> ps.setLong(1, clientId));
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static List<ClinicSession> list(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<ClinicSession> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(map(rs));
                }
                return result;
            }
        }
    }

    private static void bind(PreparedStatement ps, NewSession s) throws SQLException {
        ps.setLong(1, s.clientId());
        SqlTimes.set(ps, 2, s.startedAt());
        ps.setString(3, s.therapist());
        ps.setString(4, s.massage());
        ps.setString(5, s.pressure());
        ps.setString(6, JsonColumns.write(s.areas()));
        if (s.endSoreness() == null) {
            ps.setNull(7, Types.INTEGER);
        } else {
            ps.setInt(7, s.endSoreness());
        }
        ps.setString(8, s.quality().id());
        ps.setString(9, JsonColumns.write(s.factors()));
        ps.setString(10, JsonColumns.write(s.conditions()));
        ps.setString(11, s.note());
    }

    /** By position: client and session both have a "conditions" column. */
    private static ClinicSession map(ResultSet rs) throws SQLException {
        Client client = ClientRepository.map(rs);
        int soreness = rs.getInt(13);
        Integer endSoreness = rs.wasNull() ? null : soreness;
        return new ClinicSession(rs.getLong(7), client, SqlTimes.get(rs, "started_at"), rs.getString(9),
                rs.getString(10), rs.getString(11), JsonColumns.ids(rs.getString(12)), endSoreness,
                PainQuality.fromId(rs.getString(14)), JsonColumns.ids(rs.getString(15)), JsonColumns.ids(rs.getString(16)),
                rs.getString(17));
    }
}
