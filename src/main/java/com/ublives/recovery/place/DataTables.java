package com.ublives.recovery.place;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.StorageException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every table of the data, for `db status` (row counts, schema version) and `db copy` (a data folder's
 * rows into an empty server database, in one transaction). The order is the order rows can be inserted
 * in: a row's references come before it.
 */
final class DataTables {

    /** Every table of the schema, parents first. */
    static final List<String> ALL = List.of("rule_set", "band", "massage_type", "severity", "factor",
            "red_flag", "health_condition", "band_rule", "warning_rule", "plan_item", "plan_variant", "exclusion",
            "exclusion_target", "rule_text", "recovery", "check_in", "clinic_profile", "client", "clinic_session",
            "clinic_session_check_in");
    /** Tables whose id is an identity column: after a copy their next id must follow the copied ones. */
    private static final List<String> IDENTITY = List.of("rule_set", "recovery", "check_in", "client", "clinic_session");
    private static final int BATCH = 500;

    private DataTables() {
    }

    /** What `db status` shows: the schema version and each table's row count. */
    public record Status(String schemaVersion, Map<String, Long> rows) {
    }

    static Status status(Connection c) throws SQLException {
        return new Status(schemaVersion(c), counts(c));
    }

    /** The copy's outcome: each table's rows in the source and in the target after the copy. */
    public record Copied(Map<String, Long> source, Map<String, Long> target) {
        public boolean countsEqual() {
            return source.equals(target);
        }
    }


    /**
     * Copies every row of {@code from} into {@code to}, which must be empty (its schema migrated to the same
     * version), in one transaction: either all of it is stored, counts checked equal table by table, or none.
     */
    static Copied copy(Connection source, Connection target, ServerAddress to) throws SQLException {
        Map<String, Long> before = counts(source);
        Map<String, Long> already = counts(target);
        long present = already.values().stream().mapToLong(Long::longValue).sum();
        if (present > 0) {
            throw new TargetNotEmptyException(to, present);
        }
        // one consistent view of the folder while it is read, should another program be writing to it
        int isolation = source.getTransactionIsolation();
        source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        source.setAutoCommit(false);
        target.setAutoCommit(false);
        try {
            for (String table : ALL) {
                copyTable(source, target, table);
            }
            for (String table : IDENTITY) {
                restartIdentity(target, table);
            }
            Map<String, Long> after = counts(target);
            if (!after.equals(before)) {
                target.rollback();
                throw new StorageException(Phrase.of("failure.copy.countsDiffer", to.describe()), null);
            }
            target.commit();
            source.commit();
            return new Copied(before, after);
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(target, e);
            throw e;
        } finally {
            source.setAutoCommit(true);
            source.setTransactionIsolation(isolation);
        }
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        // table names come from the fixed list above, never from input
        try (PreparedStatement read = source.prepareStatement("SELECT * FROM " + table);
             ResultSet rs = read.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                names.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            String insert = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
            try (PreparedStatement write = target.prepareStatement(insert)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        // a stored UTC time goes over as the same wall time, never through the JVM's zone
                        Object value = meta.getColumnType(i) == Types.TIMESTAMP
                                ? rs.getObject(i, LocalDateTime.class) : rs.getObject(i);
                        write.setObject(i, value);
                    }
                    write.addBatch();
                    if (++pending == BATCH) {
                        write.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    write.executeBatch();
                }
            }
        }
    }

    /** An identity column does not move past ids inserted as they were (as in V4_1). */
    private static void restartIdentity(Connection target, String table) throws SQLException {
        long next;
        try (PreparedStatement max = target.prepareStatement("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table);
             ResultSet rs = max.executeQuery()) {
            rs.next();
            next = rs.getLong(1);
        }
        // DDL takes no parameters; the value is a number read just above
        try (PreparedStatement restart = target.prepareStatement(
                "ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next)) {
            restart.execute();
        }
    }

    private static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : ALL) {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        return counts;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" = TRUE AND \"version\" IS NOT NULL ORDER BY \"installed_rank\" DESC");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : "none";
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException rollbackFailed) {
            cause.addSuppressed(rollbackFailed);
        }
    }
}
