package com.ublives.recovery.clinic;

import com.ublives.recovery.storage.JsonColumns;
import com.ublives.recovery.storage.SqlTimes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;

/** SQL for the clinic's one profile row. Stateless: the caller's connection decides the transaction. */
public final class ClinicProfileRepository {

    private static final int ROW = 1;

    public Optional<ClinicProfile> load(Connection c) throws SQLException {
        String sql = "SELECT name, address, phone, email, website, logo, therapists, paper, footer, row_version FROM clinic_profile WHERE id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, ROW);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ClinicProfile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBytes(6), JsonColumns.ids(rs.getString(7)), Paper.valueOf(rs.getString(8)),
                        rs.getString(9), rs.getInt(10)));
            }
        }
    }

    /**
     * Stores the profile if the row is still as it was read: updated at the version the profile carries, or
     * inserted when none was stored then (version 0). False when another desk saved it in between (no lost
     * update): {@link #lastChange} tells who and when. No MERGE: its syntax differs by database.
     */
    public boolean save(Connection c, ClinicProfile profile, Change change) throws SQLException {
        if (profile.version() > 0) {
            String update = "UPDATE clinic_profile SET name = ?, address = ?, phone = ?, email = ?, website = ?, logo = ?,"
                    + " therapists = ?, paper = ?, footer = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1"
                    + " WHERE id = ? AND row_version = ?";
            try (PreparedStatement ps = c.prepareStatement(update)) {
                bind(ps, profile, change);
                ps.setInt(12, ROW);
                ps.setInt(13, profile.version());
                return ps.executeUpdate() == 1;
            }
        }
        if (lastChange(c).isPresent()) {
            return false; // stored by another desk since this one read "not set up yet"
        }
        String insert = "INSERT INTO clinic_profile (name, address, phone, email, website, logo, therapists, paper, footer,"
                + " updated_at, updated_by, id, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)";
        try (PreparedStatement ps = c.prepareStatement(insert)) {
            bind(ps, profile, change);
            ps.setInt(12, ROW);
            ps.executeUpdate();
            return true;
        }
    }

    /** Who last saved the profile and when; empty before the clinic is set up. */
    public Optional<Change> lastChange(Connection c) throws SQLException {
        return Change.of(c, "SELECT updated_by, updated_at FROM clinic_profile WHERE id = ?", ROW);
    }

    private static void bind(PreparedStatement ps, ClinicProfile p, Change change) throws SQLException {
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
        SqlTimes.set(ps, 10, change.at());
        ps.setString(11, change.by());
    }
}
