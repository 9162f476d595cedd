package com.ublives.recovery.server;

import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.ServerAddress;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration, SQL and Java, runs on a real PostgreSQL: a new server database is migrated on first use. */
@ExtendWith(PostgresExtension.class)
class ServerMigrationsTest {

    @Test
    void aNewServerDatabaseIsMigratedOnFirstUseAndLeftAloneAfter(PostgresServer server) throws SQLException {
        ServerAddress database = server.newEmptyDatabase();
        Database.connect(database).close();

        List<String> applied = column(server, database,
                "SELECT script FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank");
        assertThat(applied).startsWith("V1__rules.sql", "V2__journal.sql", "V2_1__journal_latest_check_in.sql",
                "V3__clinic.sql", "V3_1__clinic_sessions.sql", "V4__clinic_sessions_leave_the_journal.sql",
                "db.migration.V4_1__clinic_session_ids");
        assertThat(column(server, database, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .contains("rule_set", "recovery", "check_in", "client", "clinic_session", "clinic_profile");

        Database.connect(database).close();
        assertThat(column(server, database, "SELECT COUNT(*) FROM flyway_schema_history")).containsExactly(
                String.valueOf(applied.size()));
    }

    /** V4_1 (Java) sets where new session ids start from the data V4 moved; on PostgreSQL as on H2. */
    @Test
    void sessionsMovedOutOfTheJournalKeepTheirIdsAndNewOnesStartAfterEveryOldId(PostgresServer server) throws SQLException {
        ServerAddress database = server.newEmptyDatabase();
        Flyway.configure().dataSource(database.url(), PostgresServer.ADMIN, "").target("3.1").load().migrate();
        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            s.execute("INSERT INTO client (id, name, search_name, phone, email, conditions, created_at)"
                    + " VALUES (1, 'Ada', 'ada', '', '', '[]', TIMESTAMP '2026-01-01 10:00:00')");
            s.execute("INSERT INTO recovery (id, massage, started_at, quality, factors, conditions, client_id)"
                    + " VALUES (5, 'swedish', TIMESTAMP '2026-01-02 10:00:00', 'achy', '[]', '[]', 1)");
            s.execute("INSERT INTO recovery (id, massage, started_at, quality, factors, conditions)"
                    + " VALUES (9, 'swedish', TIMESTAMP '2026-01-03 10:00:00', 'achy', '[]', '[]')");
        }

        Database.connect(database).close();

        try (Connection c = server.connect(database); Statement s = c.createStatement()) {
            assertThat(column(server, database, "SELECT id FROM clinic_session")).containsExactly("5");
            assertThat(column(server, database, "SELECT id FROM recovery")).containsExactly("9");
            try (ResultSet rs = s.executeQuery("INSERT INTO clinic_session (client_id, started_at, massage, areas, quality,"
                    + " factors, conditions) VALUES (1, TIMESTAMP '2026-02-01 10:00:00', 'swedish', '[]', 'achy', '[]', '[]')"
                    + " RETURNING id")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(10);
            }
        }
    }

    static List<String> column(PostgresServer server, ServerAddress database, String sql) throws SQLException {
        try (Connection c = server.connect(database); PreparedStatement s = c.prepareStatement(sql);
             ResultSet rs = s.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }
}
