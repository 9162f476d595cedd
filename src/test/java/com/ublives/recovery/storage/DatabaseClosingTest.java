package com.ublives.recovery.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command closes the data file without compacting it (Database.Stay.SHORT: H2 spent up to 200 ms on
 * that after every command); the window compacts it when it closes. Either way what was committed is there.
 * A command holds a folder nobody serves alone: no lock file, no server (SharedDataFolderTest: the window waits).
 */
class DatabaseClosingTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(Database.FILE_NAME + ".mv.db");
    }

    /** 1.5 MB of random bytes, which the file's compression cannot shrink. */
    private static final String RANDOM_ROWS =
            "CREATE TABLE scratch AS SELECT X AS id, SECURE_RAND(5000) AS filler FROM SYSTEM_RANGE(1, 300)";

    /** Writes 1.5 MB of rows and deletes them again: the file is left with room a compaction gives back. */
    private void fillAndEmpty(Database.Stay stay) throws Exception {
        try (Database db = Database.open(dir, null, () -> { }, stay);
             Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            s.execute(RANDOM_ROWS);
            s.execute("DROP TABLE scratch");
            s.execute("CREATE TABLE kept (id INT PRIMARY KEY)");
            s.execute("INSERT INTO kept VALUES (7)");
        }
    }

    @Test
    void aQuickCloseLeavesTheFileAsLargeAndTheWindowsCloseCompactsIt() throws Exception {
        fillAndEmpty(Database.Stay.SHORT);
        long afterQuick = Files.size(file());
        assertThat(afterQuick).as("the deleted rows' room is still in the file").isGreaterThan(500_000);

        try (Database again = Database.open(dir, null, () -> { }, Database.Stay.SHORT)) {
            assertThat(kept(again)).isEqualTo(7);
        }
        assertThat(Files.size(file())).isGreaterThan(500_000);

        try (Database window = Database.open(dir)) {
            assertThat(kept(window)).isEqualTo(7);
        }
        assertThat(Files.size(file())).as("the window compacts").isLessThan(afterQuick / 2);
        try (Database later = Database.open(dir, null, () -> { }, Database.Stay.SHORT)) {
            assertThat(kept(later)).isEqualTo(7);
        }
    }

    @Test
    void aCommandHoldsAFolderNobodyServesAloneAndGoesThroughTheWindowThatServesOne() throws Exception {
        try (Database command = Database.open(dir, null, () -> { }, Database.Stay.SHORT)) {
            assertThat(kept(command, "CREATE TABLE kept (id INT PRIMARY KEY)", "INSERT INTO kept VALUES (7)")).isEqualTo(7);
            assertThat(dir.resolve(Database.LOCK_FILE)).as("no lock file: nobody is served").doesNotExist();
        }
        try (Database window = Database.open(dir)) {
            assertThat(dir.resolve(Database.LOCK_FILE)).as("the window serves the folder").exists();
            try (Database command = Database.open(dir, null, () -> { }, Database.Stay.SHORT)) {
                assertThat(kept(command)).isEqualTo(7);
            }
            assertThat(kept(window)).as("the command did not close the window's file").isEqualTo(7);
        }
    }

    @Test
    void theWindowCompactsOnClosingAndACommandDoesNot() throws Exception {
        try (Database window = Database.open(dir)) {
            assertThat(maxCompactTime(window)).isNotEqualTo("0");
        }
        try (Database command = Database.open(dir, null, () -> { }, Database.Stay.SHORT)) {
            assertThat(maxCompactTime(command)).isEqualTo("0");
        }
    }

    /** H2's MAX_COMPACT_TIME for this database, as it reports its own settings. */
    static String maxCompactTime(Database db) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME = 'MAX_COMPACT_TIME'")) {
            return r.next() ? r.getString(1) : "(not reported)";
        }
    }

    /** The id in table kept, after running {@code first}. */
    private static int kept(Database db, String... first) throws Exception {
        try (Connection c = db.dataSource().getConnection();
             Statement s = c.createStatement()) {
            for (String sql : first) {
                s.execute(sql);
            }
            try (ResultSet r = s.executeQuery("SELECT id FROM kept")) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
