package com.ublives.recovery.clinic;

import com.ublives.recovery.i18n.Language;

import com.ublives.recovery.storage.JsonColumns;
import com.ublives.recovery.storage.SqlTimes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the client table. Stateless: the caller's connection decides the transaction. */
public final class ClientRepository {

    /** Aliased "cl", so a session query joined to its client reads the client with the same mapper. */
    static final String COLUMNS = "cl.id, cl.name, cl.phone, cl.email, cl.conditions, cl.notes, cl.row_version, cl.language";
    /** Columns a session query reads after the client's. */
    static final int COLUMN_COUNT = 8;

    /** Stores a new client at version 1; who added it counts as its last change. */
    public Client insert(Connection c, Client client, Change change) throws SQLException {
        String sql = "INSERT INTO client (name, search_name, phone, email, conditions, notes, language, created_at,"
                + " updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, client);
            ps.setTimestamp(8, Timestamp.from(change.at()));
            ps.setString(9, change.by());
            SqlTimes.set(ps, 10, change.at());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The database returned no id for the new client");
                }
                return client.withId(keys.getLong(1)).withVersion(1);
            }
        }
    }

    /**
     * Stores the client if its row is still at the version the client was read at, and raises the version;
     * false when no row matched (no such client, or another desk saved it since: {@link #lastChange} tells).
     */
    public boolean update(Connection c, Client client, Change change) throws SQLException {
        String sql = "UPDATE client SET name = ?, search_name = ?, phone = ?, email = ?, conditions = ?, notes = ?,"
                + " language = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, client);
            ps.setString(8, change.by());
            SqlTimes.set(ps, 9, change.at());
            ps.setLong(10, client.id());
            ps.setInt(11, client.version());
            return ps.executeUpdate() == 1;
        }
    }

    /** Who last changed the client and when; empty when there is no such client. */
    public Optional<Change> lastChange(Connection c, long id) throws SQLException {
        return Change.of(c, "SELECT updated_by, updated_at FROM client WHERE id = ?", id);
    }

    /** Returns false when there is no client with that id. */
    public boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM client WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    public Optional<Client> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM client cl WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    /**
     * Clients whose name contains the query, ignoring case and accents, by name; a blank query lists
     * everyone. The query is matched literally: % and _ in it are not wildcards.
     */
    public List<Client> search(Connection c, String query, int limit) throws SQLException {
        String pattern = "%" + escapeLike(SearchName.fold(query)) + "%";
        String sql = "SELECT " + COLUMNS + " FROM client cl WHERE search_name LIKE ? ESCAPE '\\' ORDER BY search_name, id"
                + " FETCH FIRST ? ROWS ONLY";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, pattern);
            ps.setInt(2, limit);
            List<Client> clients = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    clients.add(map(rs));
                }
            }
            return clients;
        }
    }

    /** Clients whose whole name equals this one, ignoring case and accents. */
    public List<Client> findByName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM client cl WHERE search_name = ? ORDER BY id")) {
            ps.setString(1, SearchName.fold(name));
            List<Client> clients = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    clients.add(map(rs));
                }
            }
            return clients;
        }
    }

    private static void bind(PreparedStatement ps, Client client) throws SQLException {
        ps.setString(1, client.name());
        ps.setString(2, SearchName.fold(client.name()));
        ps.setString(3, client.phone());
        ps.setString(4, client.email());
        ps.setString(5, JsonColumns.write(client.conditions()));
        ps.setString(6, client.notes());
        ps.setString(7, client.language().code());
    }

    /** Reads the client from the first columns, selected as {@link #COLUMNS}. */
    static Client map(ResultSet rs) throws SQLException {
        return new Client(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                JsonColumns.ids(rs.getString(5)), rs.getString(6), rs.getInt(7),
                Language.of(rs.getString(8)).orElse(Language.ENGLISH));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
