package com.ublives.recovery.storage;

import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Brings a data folder's schema to the migrations bundled with the app. Flyway costs about half of
 * every start even when there is nothing to do (it loads ~500 classes, scans the class path and
 * re-reads every script; docs/BENCHMARKS.md, "Start-up"), so when the folder's history already lists
 * exactly the bundled scripts, each applied successfully with the same checksum, Flyway is not
 * started. Anything else (a fresh folder, an older one, a failed or edited migration, migrations of a
 * newer app, a build without the index) goes to Flyway, which migrates or refuses exactly as before.
 */
public final class Migrations {

    /** The bundled scripts, one file name a line, written by the build (pom.xml, "migration-index"). */
    static final String INDEX = "/db/bundled-migrations.txt";
    private static final String FOLDER = "/db/migration/";
    private static final String JAVA_PACKAGE = "db.migration.";
    /** The checksum a Java migration without one of its own is listed with (Flyway stores none). */
    private static final int NO_CHECKSUM = 0;

    /** What {@link #migrate} did: nothing, because the schema was current, or ran Flyway. */
    public enum Result { ALREADY_CURRENT, FLYWAY }

    private Migrations() {
    }

    /**
     * Build step (pom.xml, "migration-index", after the resources are copied): writes the index from
     * the scripts in CLASSES/db/migration, so it always lists what the jar bundles.
     */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        try (Stream<Path> files = Files.list(classes.resolve(FOLDER.substring(1)))) {
            // a Java migration is listed by the class name Flyway records as its script
            List<String> scripts = files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".sql") || name.endsWith(".class") && name.indexOf('$') < 0)
                    .map(name -> name.endsWith(".class") ? JAVA_PACKAGE + name.substring(0, name.length() - 6) : name)
                    .sorted().toList();
            Files.write(classes.resolve(INDEX.substring(1)), scripts, StandardCharsets.UTF_8);
        }
    }

    /** Throws what Flyway throws (or a StorageException when the database cannot be reached at all). */
    public static Result migrate(DataSource dataSource) {
        if (isCurrent(dataSource)) {
            return Result.ALREADY_CURRENT;
        }
        Flyway.configure().dataSource(dataSource).load().migrate();
        return Result.FLYWAY;
    }

    static boolean isCurrent(DataSource dataSource) {
        Map<String, Integer> bundled = bundled();
        if (bundled.isEmpty()) {
            return false;
        }
        try (Connection c = dataSource.getConnection()) {
            Map<String, Integer> applied = applied(c);
            return bundled.equals(applied);
        } catch (SQLException e) {
            // cannot connect at all (a wrong password, a damaged file): Database.open tells the person what
            // the database's error means, as it does for Flyway's failures; its text stays in the cause
            throw new IllegalStateException("cannot read the migration history", e);
        }
    }

    /** Script name to checksum of every applied versioned migration, or null when the history is anything but plain. */
    private static Map<String, Integer> applied(Connection c) {
        Map<String, Integer> applied = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT \"version\", \"type\", \"script\", \"checksum\", \"success\" FROM \"flyway_schema_history\"");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String version = rs.getString(1);
                String type = rs.getString(2);
                boolean success = rs.getBoolean(5);
                if (version == null && ("TABLE".equals(type) || "SCHEMA".equals(type)) && success) {
                    continue; // Flyway's own notes that it created the history table or the schema
                }
                int checksum = rs.getInt(4);
                boolean noChecksum = rs.wasNull();
                boolean java = "JDBC".equals(type) && noChecksum;
                if (java) {
                    checksum = NO_CHECKSUM;
                }
                if (version == null || !("SQL".equals(type) && !noChecksum || java) || !success
                        || applied.put(rs.getString(3), checksum) != null) {
                    return null;
                }
            }
            return applied;
        } catch (SQLException e) {
            return null; // no history table yet (a fresh folder) or one Flyway must judge
        }
    }

    /** Script name to Flyway checksum of every bundled migration; empty when the index or a script is missing. */
    static Map<String, Integer> bundled() {
        Map<String, Integer> scripts = new HashMap<>();
        try (InputStream index = Migrations.class.getResourceAsStream(INDEX)) {
            if (index == null) {
                return Map.of();
            }
            for (String name : new String(index.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (name.isBlank()) {
                    continue;
                }
                Integer checksum = name.startsWith(JAVA_PACKAGE) ? javaMigration(name.trim()) : checksum(FOLDER + name.trim());
                if (checksum == null) {
                    return Map.of();
                }
                scripts.put(name.trim(), checksum);
            }
            return scripts;
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** A bundled Java migration is listed with no checksum, as Flyway records it; null when the class is missing. */
    private static Integer javaMigration(String className) {
        String resource = "/" + className.replace('.', '/') + ".class";
        return Migrations.class.getResource(resource) == null ? null : NO_CHECKSUM;
    }

    /**
     * Flyway's checksum of a script (its ChecksumCalculator): CRC32 over the UTF-8 bytes of each line
     * without its line break, a byte-order mark dropped from the first line. MigrationsTest compares
     * it with what Flyway itself stores.
     */
    static Integer checksum(String resource) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 4096);
            CRC32 crc = new CRC32();
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
            return (int) crc.getValue();
        }
    }
}
