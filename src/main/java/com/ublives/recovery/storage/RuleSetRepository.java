package com.ublives.recovery.storage;

import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetJson;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule set in the database. Every rule set that was ever imported is kept; one is active.
 * A rule set is validated before it is written and again whenever it is read, because the tables
 * may be edited by hand: a refused one never replaces the last good one in use.
 */
public final class RuleSetRepository {

    static final String BUNDLED = "bundled";
    static final String IMPORTED = "imported";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final System.Logger LOG = System.getLogger(RuleSetRepository.class.getName());

    private final DataSource dataSource;
    private final String bundledJson;
    private RuleSet current;
    private List<String> refused = List.of();

    /** @param bundledJson the rule set shipped with the app (rules/default-rules.json) */
    public RuleSetRepository(DataSource dataSource, String bundledJson) {
        this.dataSource = dataSource;
        this.bundledJson = bundledJson;
    }

    /**
     * Start-up: imports the bundled rule set on first run (and a newer bundled one while the person has
     * imported none of their own), then loads the active set. If that is refused, the newest stored set
     * that is still sound is used, else the bundled one; {@link #refusedProblems()} says why.
     */
    public synchronized RuleSet open() {
        // Only the bundled version is needed to decide; the whole set is parsed and validated only when
        // it is written or used (parsing it on every start cost a tenth of a command's time).
        String bundledVersion = RuleSetJson.version(bundledJson);
        Active active = active();
        if (active == null || (BUNDLED.equals(active.source()) && !active.version().equals(bundledVersion)
                && (bundledVersion == null || !stored(bundledVersion)))) {
            write(RuleSetJson.parse(bundledJson), BUNDLED);
        }
        try {
            return load();
        } catch (RuleSetException e) {
            refused = e.problems();
            LOG.log(System.Logger.Level.WARNING, e.getMessage());
            current = newestSoundStored();
            if (current == null) {
                current = RuleSetJson.parse(bundledJson);
            }
            return current;
        }
    }

    /** The active rule set, rebuilt from the tables and validated; a refused one leaves {@link #current()} as it was. */
    public synchronized RuleSet load() {
        Active active = active();
        if (active == null) {
            throw new RuleSetException(List.of("rule_set: no active rule set is stored"));
        }
        RuleSet rules = inTransaction(c -> new RuleSetReader(c, active.id()).read(active.version(), active.watchHours()));
        current = rules;
        refused = List.of();
        return rules;
    }

    /** Validates the JSON, then stores it as the active rule set in one transaction; a refused one changes nothing. */
    public synchronized RuleSet importJson(String json) {
        RuleSet rules = RuleSetJson.parse(json);
        if (stored(rules.version())) {
            throw new RuleSetException(List.of("version: " + rules.version()
                    + " is already stored; give the changed rule set a new version"));
        }
        write(rules, IMPORTED);
        current = rules;
        refused = List.of();
        return rules;
    }

    /** The last good rule set this repository loaded or imported (null before the first). */
    public synchronized RuleSet current() {
        return current;
    }

    /** Why the active rule set was refused at the last {@link #open()} or {@link #load()}; empty when it was not. */
    public synchronized List<String> refusedProblems() {
        return refused;
    }

    private record Active(long id, String version, int watchHours, String source) {
    }

    private Active active() {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, version, watch_hours, source FROM rule_set WHERE active = TRUE ORDER BY id DESC");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? new Active(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)) : null;
            }
        });
    }

    private boolean stored(String version) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM rule_set WHERE version = ?")) {
                s.setString(1, version);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    /** The newest earlier rule set that still validates: every stored set was sound when it was written. */
    private RuleSet newestSoundStored() {
        List<Active> older = inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, version, watch_hours, source FROM rule_set WHERE active = FALSE ORDER BY imported_at DESC, id DESC");
                 ResultSet rs = s.executeQuery()) {
                List<Active> list = new ArrayList<>();
                while (rs.next()) {
                    list.add(new Active(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
                }
                return list;
            }
        });
        for (Active candidate : older) {
            try {
                return inTransaction(c -> new RuleSetReader(c, candidate.id()).read(candidate.version(), candidate.watchHours()));
            } catch (RuleSetException stillBroken) {
                // try the one before
            }
        }
        return null;
    }

    private void write(RuleSet rules, String source) {
        try {
            inTransaction(c -> {
                try (PreparedStatement off = c.prepareStatement("UPDATE rule_set SET active = FALSE WHERE active = TRUE")) {
                    off.executeUpdate();
                }
                long id;
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO rule_set (version, watch_hours, source, active, imported_at) VALUES (?, ?, ?, TRUE, ?)",
                        new String[]{"id"})) {
                    s.setString(1, rules.version());
                    s.setInt(2, rules.watchHours());
                    s.setString(3, source);
                    s.setTimestamp(4, Timestamp.from(Instant.now()));
                    s.executeUpdate();
                    try (ResultSet keys = s.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                new RuleSetWriter(c, id).write(rules);
                return null;
            });
        } catch (StorageException e) {
            // Another process (the window and the command line share the file) stored the same version first.
            if (!(e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                throw e;
            }
        }
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StorageException.from(dataSource, e, "read or write the rule set tables");
        }
    }
}
