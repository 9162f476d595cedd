package com.ublives.recovery.clinic;

import com.ublives.recovery.storage.SqlTimes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Who saved a row and when: stored with every save, told when another desk's save is refused. */
public record Change(String by, Instant at) {

    /** This desk: the operating-system user, and the computer's name where the system gives it. */
    public static String desk() {
        String user = System.getProperty("user.name", "");
        String computer = System.getenv("COMPUTERNAME") != null ? System.getenv("COMPUTERNAME") : System.getenv("HOSTNAME");
        String desk = computer == null || computer.isBlank() ? user : user + " on " + computer;
        return desk.length() > 200 ? desk.substring(0, 200) : desk;
    }

    static Optional<Change> of(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Change(rs.getString(1), SqlTimes.get(rs, "updated_at")))
                        : Optional.empty();
            }
        }
    }
}
