package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetChangedException;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.rules.RuleSetJson;
import com.ublives.recovery.rules.RuleSetStore;
import com.ublives.recovery.rules.RuleSetValidator;
import com.ublives.recovery.rules.RuleSetVersion;
import com.ublives.recovery.rules.RuleSetVersion.Source;

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
 * The rule set in the database. Every rule set that was ever stored is kept as a numbered version
 * (V6); one is active, the one in use. A rule set is validated before it is written and again
 * whenever it is read, because the tables may be edited by hand: a refused one never replaces the
 * last good one in use. Each change to what is in use counts up rule_set_in_use.changes, and a save
 * or a switch that started from an older count is refused (two desks saving at once).
 */
public final class RuleSetRepository implements RuleSetStore {

    static final String BUNDLED = Source.BUNDLED.id();
    private static final String UNIQUE_VIOLATION = "23505";
    /** H2's "concurrent update" and lock timeout: another transaction holds the counter row. */
    private static final java.util.Set<Integer> H2_CONCURRENT = java.util.Set.of(90131, 50200);
    /** A version name is stored in check-ins (64 characters) with "+number" after it. */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\+\\d+$");
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
            try {
                write(RuleSetJson.parse(bundledJson), Source.BUNDLED, null, null);
            } catch (StorageException e) {
                // Another process (the window and the command line share the file) stored it first.
                if (!(e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()))) {
                    throw e;
                }
            }
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
            throw RuleSetException.of(List.of(Phrase.of("rules.stored.noneActive")));
        }
        RuleSet rules = inTransaction(c -> new RuleSetReader(c, active.id()).read(active.version(), active.watchHours()));
        current = rules;
        refused = List.of();
        return rules;
    }

    /**
     * Validates the JSON, then stores it as a new version in use, in one transaction; a refused one
     * changes nothing. A name that is already stored gets the version's number after it ("+3").
     */
    public synchronized RuleSet importJson(String json) {
        RuleSet rules = RuleSetJson.parse(json);
        return read(save(rules, Source.IMPORTED, null, changes()).number());
    }

    @Override
    public synchronized List<RuleSetVersion> versions() {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement(VERSION_COLUMNS + " ORDER BY version_no");
                 ResultSet rs = s.executeQuery()) {
                List<RuleSetVersion> list = new ArrayList<>();
                while (rs.next()) {
                    list.add(versionRow(rs));
                }
                return list;
            }
        });
    }

    @Override
    public synchronized long changes() {
        return inTransaction(RuleSetRepository::changes);
    }

    @Override
    public synchronized RuleSet read(int number) {
        return inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, version, watch_hours FROM rule_set WHERE version_no = ?")) {
                s.setInt(1, number);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw RuleSetException.of(List.of(Phrase.of("rules.stored.noSuchVersion", number)));
                    }
                    return new RuleSetReader(c, rs.getLong(1)).read(rs.getString(2), rs.getInt(3));
                }
            }
        });
    }

    @Override
    public synchronized RuleSetVersion save(RuleSet rules, Source source, String savedBy, long expectedChanges) {
        RuleSetVersion saved = write(RuleSetValidator.requireValid(rules), source, savedBy, expectedChanges);
        current = read(saved.number());
        refused = List.of();
        return saved;
    }

    @Override
    public synchronized RuleSetVersion use(int number, long expectedChanges) {
        RuleSet rules = read(number); // a version that is no longer sound is refused here, naming its rows
        RuleSetVersion used = concurrently(() -> inTransaction(c -> {
            claim(c, expectedChanges);
            try (PreparedStatement off = c.prepareStatement("UPDATE rule_set SET active = (version_no = ?)")) {
                off.setInt(1, number);
                off.executeUpdate();
            }
            return version(c, number);
        }));
        current = rules;
        refused = List.of();
        return used;
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

    /**
     * Stores the rules as the next version, in use. {@code expectedChanges} null is the app's own first
     * import, which keeps the bundled name as it is (so two programs starting at once store it once).
     */
    private RuleSetVersion write(RuleSet rules, Source source, String savedBy, Long expectedChanges) {
        return concurrently(() -> inTransaction(c -> {
            if (expectedChanges == null) {
                bump(c);
            } else {
                claim(c, expectedChanges);
            }
            int number;
            try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(MAX(version_no), 0) + 1 FROM rule_set");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                number = rs.getInt(1);
            }
            String name = expectedChanges == null ? rules.version() : freeName(c, rules.version(), number);
            RuleSet named = name.equals(rules.version()) ? rules : renamed(rules, name);
            try (PreparedStatement off = c.prepareStatement("UPDATE rule_set SET active = FALSE WHERE active = TRUE")) {
                off.executeUpdate();
            }
            long id;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO rule_set (version, watch_hours, source, active, imported_at, version_no, saved_by)"
                            + " VALUES (?, ?, ?, TRUE, ?, ?, ?)",
                    new String[]{"id"})) {
                s.setString(1, name);
                s.setInt(2, named.watchHours());
                s.setString(3, source.id());
                s.setTimestamp(4, Timestamp.from(Instant.now()));
                s.setInt(5, number);
                s.setString(6, savedBy);
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            new RuleSetWriter(c, id).write(named);
            return version(c, number);
        }));
    }

    /** The name as given, or with "+number" when another version has it (an edit keeps the name it started from). */
    private static String freeName(Connection c, String given, int number) throws SQLException {
        if (!taken(c, given)) {
            return given;
        }
        String base = NUMBERED.matcher(given).replaceFirst("");
        return base + "+" + number;
    }

    private static boolean taken(Connection c, String version) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM rule_set WHERE version = ?")) {
            s.setString(1, version);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    private static RuleSet renamed(RuleSet r, String name) {
        return new RuleSet(name, r.watchHours(), r.bands(), r.massageTypes(), r.severities(), r.factors(), r.redFlags(),
                r.conditions(), r.bandRules(), r.warningRules(), r.planItems(), r.exclusions(), r.translations());
    }

    private static long changes(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT changes FROM rule_set_in_use WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static void bump(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("UPDATE rule_set_in_use SET changes = changes + 1 WHERE id = 1")) {
            s.executeUpdate();
        }
    }

    /** Counts the change, or refuses it when another one came after the count this one started from. */
    private static void claim(Connection c, long expected) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "UPDATE rule_set_in_use SET changes = changes + 1 WHERE id = 1 AND changes = ?")) {
            s.setLong(1, expected);
            if (s.executeUpdate() == 0) {
                throw changedMeanwhile();
            }
        }
    }

    private static RuleSetChangedException changedMeanwhile() {
        return new RuleSetChangedException(Phrase.of("failure.rules.changedElsewhere"));
    }

    /** Two saves at the same moment: the database refuses the second's claim of the counter row. */
    private static <T> T concurrently(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (StorageException e) {
            if (e.getCause() instanceof SQLException sql && H2_CONCURRENT.contains(sql.getErrorCode())) {
                throw changedMeanwhile();
            }
            throw e;
        }
    }

    private static RuleSetVersion version(Connection c, int number) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(VERSION_COLUMNS + " WHERE version_no = ?")) {
            s.setInt(1, number);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return versionRow(rs);
            }
        }
    }

    private static final String VERSION_COLUMNS = "SELECT version_no, version, source, saved_by, imported_at, active FROM rule_set";

    private static RuleSetVersion versionRow(ResultSet rs) throws SQLException {
        return new RuleSetVersion(rs.getInt(1), rs.getString(2), Source.fromId(rs.getString(3)),
                rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getBoolean(6));
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
            throw StorageException.from(dataSource, e, "doing.ruleSetTables");
        }
    }
}
