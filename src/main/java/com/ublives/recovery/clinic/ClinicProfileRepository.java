package com.ublives.recovery.clinic;

import com.ublives.recovery.storage.JsonColumns;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

/** SQL for the clinic's one profile row. Stateless: the caller's connection decides the transaction. */
public final class ClinicProfileRepository {

    private static final int ROW = 1;

    public Optional<ClinicProfile> load(Connection c) throws SQLException {
        String sql = "SELECT name, address, phone, email, website, logo, therapists, paper, footer FROM clinic_profile WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, ROW);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ClinicProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), JsonColumns.ids(rs.getString(7)), Paper.valueOf(rs.getString(8)),
                        rs.getString(9)));
            }
        }
    }

    /** Stores the profile: updates the row, or inserts it the first time (no MERGE: its syntax differs by database). */
    public void save(Connection c, ClinicProfile profile, Instant now) throws SQLException {
        String update = "UPDATE clinic_profile SET name = ?, address = ?, phone = ?, email = ?, website = ?, logo = ?,"
                + " therapists = ?, paper = ?, footer = ?, updated_at = ? WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(update)) {
            bind(ps, profile, now);
            ps.setInt(11, ROW);
            if (ps.executeUpdate() == 1) {
                return;
            }
        }
        String insert = "INSERT INTO clinic_profile (name, address, phone, email, website, logo, therapists, paper, footer,"
                + " updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            bind(ps, profile, now);
            ps.setInt(11, ROW);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, ClinicProfile p, Instant now) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.address());
        ps.setString(3, p.phone());
        ps.setString(4, p.email());
        ps.setString(5, p.website());
        if (p.logo() == null) {
            ps.setNull(6, Types.BINARY);
        } else {
            ps.setBytes(6, p.logo());
        }
        ps.setString(7, JsonColumns.write(p.therapists()));
        ps.setString(8, p.paper().name());
        ps.setString(9, p.footer());
        ps.setTimestamp(10, Timestamp.from(now));
    }
}
