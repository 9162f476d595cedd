package com.ublives.recovery.storage;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded H2 file database in the data directory, created and migrated by Flyway on open.
 * AUTO_SERVER lets the command line work on the same file while the window has it open: the first
 * process serves the file to the others instead of locking them out.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "recovery";

    // In the fat jar Flyway logs through java.util.logging at INFO on stderr, which would break the
    // command line's promise of one stderr line for bad input. Held in a field: JUL keeps loggers weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    static {
        FLYWAY_LOG.setLevel(Level.WARNING);
    }

    private final JdbcConnectionPool pool;
    private final Path directory;

    private Database(Path directory, JdbcConnectionPool pool) {
        this.directory = directory;
        this.pool = pool;
    }

    public static Database open(Path directory) {
        return open(directory, null);
    }

    /** An encrypted folder needs its password (see {@link Encryption}); null for an unencrypted one. */
    public static Database open(Path directory, Password password) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + directory + ": " + e.getMessage(), e);
        }
        // WRITE_DELAY=0: a commit is written to the file before it returns, so a check-in reported saved
        // survives a killed process (H2's default keeps commits in memory up to 500 ms; the kill test lost them).
        // COMPRESS: the stored judgements repeat the same texts; pages compress ~20x (docs/BENCHMARKS.md, "Journal at scale")
        String url = "jdbc:h2:file:" + directory.resolve(FILE_NAME).toAbsolutePath()
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;COMPRESS=TRUE" + H2Connections.cipher(password);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password == null ? "" : password.connectionPassword());
        pool.setMaxConnections(8);
        try {
            Flyway.configure().dataSource(pool).load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            // "already in use", a lock timeout...: one sentence for a person, never a stack trace
            throw StorageException.from(e, "open the data folder " + directory);
        }
        return new Database(directory, pool);
    }

    public DataSource dataSource() {
        return pool;
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
