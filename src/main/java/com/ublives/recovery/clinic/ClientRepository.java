package com.ublives.recovery.clinic;

import com.ublives.recovery.storage.JsonColumns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the client table. Stateless: the caller's connection decides the transaction. */
public final class ClientRepository {

    /** Aliased "cl", so a session query joined to its client reads the client with the same mapper. */
    static final String COLUMNS = "cl.id, cl.name, cl.phone, cl.email, cl.conditions, cl.notes";

    public Client insert(Connection c, Client client, Instant now) throws SQLException {
        String sql = "INSERT INTO client (name, search_name, phone, email, conditions, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, client);
            ps.setTimestamp(7, Timestamp.from(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("The database returned no id for the new client");
                }
                return client.withId(keys.getLong(1));
            }
        }
    }

    /** Returns false when there is no client with that id. */
    public boolean update(Connection c, Client client) throws SQLException {
        String sql = "UPDATE client SET name = ?, search_name = ?, phone = ?, email = ?, conditions = ?, notes = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, client);
            ps.setLong(7, client.id());
            return ps.executeUpdate() == 1;
        }
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
    }

    /** Reads the client from the first six columns, selected as {@link #COLUMNS}. */
    static Client map(ResultSet rs) throws SQLException {
        return new Client(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                JsonColumns.ids(rs.getString(5)), rs.getString(6));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
