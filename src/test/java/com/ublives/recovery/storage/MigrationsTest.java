package com.ublives.recovery.storage;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start that skips Flyway when the schema is current, and every case where it must not. */
class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void theIndexListsEveryScriptOfTheMigrationFolder() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"));
             Stream<Path> classes = Files.list(Path.of("src/main/java/db/migration"))) {
            // a Java migration is named as Flyway records it: its class name
            assertThat(Migrations.bundled().keySet()).isNotEmpty().isEqualTo(Stream.concat(
                    scripts.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".sql")),
                    classes.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                            .map(n -> "db.migration." + n.substring(0, n.length() - 5)))
                    .collect(Collectors.toSet()));
        }
    }

    @Test
    void bundledChecksumsAreTheOnesFlywayStores() throws SQLException {
        Database.open(dir).close();

        assertThat(Migrations.bundled()).isEqualTo(history(dir));
    }

    @Test
    void aFreshFolderGoesToFlywayAndAMigratedOneDoesNot() {
        JdbcConnectionPool pool = pool(dir);
        try {
            assertThat(Migrations.migrate(pool)).isEqualTo(Migrations.Result.FLYWAY);
            assertThat(Migrations.migrate(pool)).isEqualTo(Migrations.Result.ALREADY_CURRENT);
        } finally {
            pool.dispose();
        }
    }

    @Test
    void aFolderAtAnOlderVersionIsMigratedToTheBundledOneAndKeepsItsData() throws SQLException {
        JdbcConnectionPool old = pool(dir);
        try {
            Flyway.configure().dataSource(old).target("2.1").load().migrate();
            try (Connection c = old.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO recovery (massage, started_at, end_soreness, quality, factors, conditions)"
                        + " VALUES ('swedish', TIMESTAMP '2026-03-01 09:30:00', 3, 'ACHY', '[]', '[]')");
            }
            assertThat(Migrations.isCurrent(old)).isFalse();
        } finally {
            old.dispose();
        }

        try (Database database = Database.open(dir)) {
            assertThat(Migrations.isCurrent(database.dataSource())).isTrue();
            assertThat(count(database, "SELECT COUNT(*) FROM recovery WHERE massage = 'swedish'")).isEqualTo(1);
            assertThat(count(database, "SELECT COUNT(*) FROM client")).isZero(); // a V3 table exists now
        }
        assertThat(history(dir)).isEqualTo(Migrations.bundled());
    }

    @Test
    void anEditedMigrationInTheHistoryIsStillRefusedByFlyway() throws SQLException {
        Database.open(dir).close();
        JdbcConnectionPool pool = pool(dir);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"checksum\" = \"checksum\" + 1 WHERE \"script\" = 'V2__journal.sql'");
            assertThat(Migrations.isCurrent(pool)).isFalse();
        } finally {
            pool.dispose();
        }

        // Flyway's validation refuses it, as it did before the shortcut existed (the words are Database.open's)
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(StorageException.class);
    }

    @Test
    void aFailedMigrationInTheHistoryIsNotCurrent() throws SQLException {
        Database.open(dir).close();
        JdbcConnectionPool pool = pool(dir);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"script\" = 'V3__clinic.sql'");
            assertThat(Migrations.isCurrent(pool)).isFalse();
        } finally {
            pool.dispose();
        }
    }

    private static JdbcConnectionPool pool(Path dir) {
        return JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME).toAbsolutePath()
                + ";AUTO_SERVER=TRUE", "sa", "");
    }

    private static Map<String, Integer> history(Path dir) throws SQLException {
        JdbcConnectionPool pool = pool(dir);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"script\", \"checksum\" FROM \"flyway_schema_history\" WHERE \"type\" IN ('SQL', 'JDBC')")) {
            Map<String, Integer> scripts = new HashMap<>();
            while (rs.next()) {
                scripts.put(rs.getString(1), rs.getInt(2)); // a Java migration has no checksum: 0
            }
            return scripts;
        } finally {
            pool.dispose();
        }
    }

    private static long count(Database database, String sql) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
