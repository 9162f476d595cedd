package com.ublives.recovery.journal;

import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.Status;
import com.ublives.recovery.storage.JsonColumns;
import com.ublives.recovery.storage.SqlTimes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL for the check_in table. Stateless: the caller's connection decides the transaction.
 * Order within a recovery is (checked_at, id), so two check-ins at the same minute keep their order.
 */
public final class CheckInRepository {

    /** Aliased so the same mapper reads a check-in alone or joined to its recovery. */
    private static final String COLUMNS = "c.id AS ci_id, c.recovery_id AS ci_recovery_id, c.checked_at AS ci_checked_at,"
            + " c.soreness AS ci_soreness, c.quality AS ci_quality, c.red_flags AS ci_red_flags, c.note AS ci_note,"
            + " c.hours AS ci_hours, c.previous_soreness AS ci_previous_soreness, c.status AS ci_status,"
            + " c.band AS ci_band, c.warnings AS ci_warnings, c.fired_rules AS ci_fired_rules,"
            + " c.rule_set_version AS ci_rule_set_version, c.plan_items_done AS ci_plan_items_done";

    private static final String INSERT = "INSERT INTO check_in (recovery_id, checked_at, soreness, quality, red_flags,"
            + " note, hours, previous_soreness, status, band, warnings, fired_rules, rule_set_version, plan_items_done)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** Stores a judged check-in (its id is ignored) and returns the new id. */
    public long insert(Connection c, CheckIn checkIn) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bindInsert(ps, checkIn);
            ps.executeUpdate();
            return RecoveryRepository.generatedId(ps);
        }
    }

    /** Bulk insert in JDBC batches, for imports and benchmarks; ids are not returned. */
    public void insertAll(Connection c, List<CheckIn> checkIns, int batchSize) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (CheckIn checkIn : checkIns) {
                bindInsert(ps, checkIn);
                ps.addBatch();
                if (++pending == batchSize) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Replaces what the person gave and the judgement; the recovery it belongs to stays. */
    public boolean update(Connection c, CheckIn checkIn) throws SQLException {
        String sql = "UPDATE check_in SET checked_at = ?, soreness = ?, quality = ?, red_flags = ?, note = ?, hours = ?,"
                + " previous_soreness = ?, status = ?, band = ?, warnings = ?, fired_rules = ?, rule_set_version = ?,"
                + " plan_items_done = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            SqlTimes.set(ps, 1, checkIn.at());
            ps.setInt(2, checkIn.soreness());
            ps.setString(3, checkIn.quality().id());
            ps.setString(4, JsonColumns.write(checkIn.redFlags()));
            ps.setString(5, checkIn.note());
            bindJudgement(ps, 6, checkIn.judgement());
            ps.setString(13, JsonColumns.write(checkIn.done()));
            ps.setLong(14, checkIn.id());
            return ps.executeUpdate() == 1;
        }
    }

    public void updateJudgement(Connection c, long id, Judgement judgement) throws SQLException {
        String sql = "UPDATE check_in SET hours = ?, previous_soreness = ?, status = ?, band = ?, warnings = ?,"
                + " fired_rules = ?, rule_set_version = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindJudgement(ps, 1, judgement);
            ps.setLong(8, id);
            ps.executeUpdate();
        }
    }

    public boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM check_in WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<CheckIn> find(Connection c, long id) throws SQLException {
        return first(c, "SELECT " + COLUMNS + " FROM check_in c WHERE c.id = ?", ps -> ps.setLong(1, id));
    }

    /** One recovery's check-ins in time order. */
    public List<CheckIn> forRecovery(Connection c, long recoveryId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM check_in c WHERE c.recovery_id = ? ORDER BY c.checked_at, c.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, recoveryId);
            try (ResultSet rs = ps.executeQuery()) {
                List<CheckIn> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(map(rs));
                }
                return result;
            }
        }
    }

    /** The check-in just before the moment (at, id) in the recovery, if any. */
    public Optional<CheckIn> before(Connection c, long recoveryId, Instant at, long id) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM check_in c WHERE c.recovery_id = ?"
                + " AND (c.checked_at < ? OR (c.checked_at = ? AND c.id < ?))"
                + " ORDER BY c.checked_at DESC, c.id DESC FETCH FIRST 1 ROWS ONLY";
        return first(c, sql, ps -> bindMoment(ps, recoveryId, at, id));
    }

    /** The check-in just after the moment (at, id) in the recovery, if any. */
    public Optional<CheckIn> after(Connection c, long recoveryId, Instant at, long id) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM check_in c WHERE c.recovery_id = ?"
                + " AND (c.checked_at > ? OR (c.checked_at = ? AND c.id > ?))"
                + " ORDER BY c.checked_at, c.id FETCH FIRST 1 ROWS ONLY";
        return first(c, sql, ps -> bindMoment(ps, recoveryId, at, id));
    }

    public Optional<CheckIn> latest(Connection c, long recoveryId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM check_in c WHERE c.recovery_id = ?"
                + " ORDER BY c.checked_at DESC, c.id DESC FETCH FIRST 1 ROWS ONLY";
        return first(c, sql, ps -> ps.setLong(1, recoveryId));
    }

    /** Every open recovery with its latest check-in (null when it has none), oldest massage first, in one query. */
    public List<RecoveryWithLatest> openWithLatest(Connection c) throws SQLException {
        return withLatest(c, "WHERE r.closed_at IS NULL ORDER BY r.started_at, r.id", ps -> { });
    }

    /** The closed recoveries with their latest check-in (null when none), newest massage first, at most limit, in one query. */
    public List<RecoveryWithLatest> closedWithLatest(Connection c, int limit) throws SQLException {
        return withLatest(c, "WHERE r.closed_at IS NOT NULL ORDER BY r.started_at DESC, r.id DESC"
                + " FETCH FIRST ? ROWS ONLY", ps -> ps.setInt(1, limit));
    }

    private static List<RecoveryWithLatest> withLatest(Connection c, String whereAndOrder, Binder binder) throws SQLException {
        String sql = "SELECT " + RecoveryRepository.COLUMNS + ", " + COLUMNS + " FROM recovery r"
                + " LEFT JOIN check_in c ON c.id = r.latest_check_in_id " + whereAndOrder;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<RecoveryWithLatest> result = new ArrayList<>();
                while (rs.next()) {
                    rs.getLong("ci_id");
                    CheckIn latest = rs.wasNull() ? null : map(rs);
                    result.add(new RecoveryWithLatest(RecoveryRepository.map(rs), latest));
                }
                return result;
            }
        }
    }

    /** Every check-in of the journal, each recovery's in time order, for an export: one query, not one a recovery. */
    public List<CheckIn> all(Connection c) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM check_in c ORDER BY c.recovery_id, c.checked_at, c.id";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            List<CheckIn> result = new ArrayList<>();
            while (rs.next()) {
                result.add(map(rs));
            }
            return result;
        }
    }

    public long count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM check_in");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private static Optional<CheckIn> first(Connection c, String sql, Binder binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    private static void bindMoment(PreparedStatement ps, long recoveryId, Instant at, long id) throws SQLException {
        ps.setLong(1, recoveryId);
        SqlTimes.set(ps, 2, at);
        SqlTimes.set(ps, 3, at);
        ps.setLong(4, id);
    }

    private static void bindInsert(PreparedStatement ps, CheckIn checkIn) throws SQLException {
        ps.setLong(1, checkIn.recoveryId());
        SqlTimes.set(ps, 2, checkIn.at());
        ps.setInt(3, checkIn.soreness());
        ps.setString(4, checkIn.quality().id());
        ps.setString(5, JsonColumns.write(checkIn.redFlags()));
        ps.setString(6, checkIn.note());
        bindJudgement(ps, 7, checkIn.judgement());
        ps.setString(14, JsonColumns.write(checkIn.done()));
    }

    private static void bindJudgement(PreparedStatement ps, int from, Judgement j) throws SQLException {
        ps.setDouble(from, j.hours());
        RecoveryRepository.setInteger(ps, from + 1, j.previousSoreness());
        ps.setString(from + 2, j.status().name());
        ps.setString(from + 3, j.band());
        ps.setString(from + 4, JsonColumns.write(j.warnings()));
        ps.setString(from + 5, JsonColumns.write(j.firedRules()));
        ps.setString(from + 6, j.ruleSetVersion());
    }

    private static CheckIn map(ResultSet rs) throws SQLException {
        Judgement judgement = new Judgement(rs.getDouble("ci_hours"),
                RecoveryRepository.getInteger(rs, "ci_previous_soreness"), Status.valueOf(rs.getString("ci_status")),
                rs.getString("ci_band"), JsonColumns.warnings(rs.getString("ci_warnings")),
                JsonColumns.ids(rs.getString("ci_fired_rules")), rs.getString("ci_rule_set_version"));
        return new CheckIn(rs.getLong("ci_id"), rs.getLong("ci_recovery_id"), SqlTimes.get(rs, "ci_checked_at"),
                rs.getInt("ci_soreness"), PainQuality.fromId(rs.getString("ci_quality")),
                JsonColumns.ids(rs.getString("ci_red_flags")), rs.getString("ci_note"), judgement,
                JsonColumns.ids(rs.getString("ci_plan_items_done")));
    }
}
