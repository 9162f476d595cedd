package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import org.h2.jdbcx.JdbcConnectionPool;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The data: by default the embedded H2 file database in the data directory, created and migrated by
 * Flyway on open; for a clinic with several desks, a PostgreSQL server ({@link #connect}).
 * Several programs work on the same file ({@link Stay}): the window serves it to the others (H2's
 * AUTO_SERVER) and waits for them before it closes; a command goes through the window when one serves
 * the file, and otherwise holds it alone for its second while the others wait their turn.
 * <p>
 * Opening never writes over a file it cannot read ({@link StoreCheck}), never puts the folder's name
 * into the URL ({@link HexPath}), and waits out another program that is just starting or stopping
 * ({@link Patience}). Every failure is a {@link StorageException} whose message is one sentence for a
 * person.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "recovery";
    private static final String USER = "sa";

    // WRITE_DELAY=0: a commit is written to the file before it returns, so a check-in reported saved
    // survives a killed process (H2's default keeps commits in memory up to 500 ms; the kill test lost them).
    // COMPRESS: the stored judgements repeat the same texts; pages compress ~20x (docs/BENCHMARKS.md, "Journal at scale")
    // TRACE_LEVEL_FILE=0: H2 writes no trace file into the person's folder, and so never prints its own
    // "cannot write the trace file" errors on stdout (a folder like /proc/self did that).
    // LOCK_TIMEOUT: a change waits up to 10 s for another program's change to the same rows, not H2's 1 s.
    private static final String SETTINGS = ";WRITE_DELAY=0;COMPRESS=TRUE;TRACE_LEVEL_FILE=0;LOCK_TIMEOUT=10000";
    // AUTO_SERVER: the first program to open the file serves it to those that come later (decision 0003)
    private static final String SERVED = ";AUTO_SERVER=TRUE";
    // FILE_LOCK=FS: only the system's lock on the file, which the system drops with a killed program
    private static final String ALONE = ";FILE_LOCK=FS";
    /** H2's lock file beside the database: there while a program that serves the file (or may) has it open. */
    static final String LOCK_FILE = FILE_NAME + ".lock.db";

    // In the fat jar Flyway logs through java.util.logging at INFO on stderr, which would break the
    // command line's promise of one stderr line for bad input; its errors reach the person as our
    // StorageException instead, so nothing of it is logged. Held in a field: JUL keeps loggers weakly.
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");
    // The PostgreSQL driver likewise: its failures reach the person through ServerTrouble.
    private static final Logger DRIVER_LOG = Logger.getLogger("org.postgresql");

    static {
        FLYWAY_LOG.setLevel(Level.OFF);
        DRIVER_LOG.setLevel(Level.OFF);
    }

    /** How long a program keeps the file open, which decides how it shares the file and how it closes it. */
    public enum Stay {
        /**
         * The window, open for hours: it serves the file to the programs that come meanwhile (H2's
         * AUTO_SERVER) and compacts the file when it closes (H2's default).
         */
        LONG,
        /**
         * A command, open for about a second. Where another program serves the file (its lock file is
         * there) it goes through that program, as before. Otherwise it holds the file alone, by the
         * system's lock and with no server: H2's lock file, with its fixed 25 ms wait, and its TCP server
         * cost a command 5–9 % of its time (docs/BENCHMARKS.md, "Command line, sixth round"). A
         * program that comes meanwhile is told "in use" and tries again ({@link Patience}) until the
         * command has let the file go. It closes without compacting the file (H2's MAX_COMPACT_TIME=0: H2
         * spent up to 200 ms on that after every command, even one that changed nothing; "fourth round").
         * Durability is the same (every commit is written when it returns); the space a command frees is
         * reused by later writes, and the next window that closes the file compacts it.
         */
        SHORT
    }

    private final DataSource dataSource;
    private final Path directory;
    private final ServerAddress server;
    private final Runnable closing;

    private Database(Path directory, ServerAddress server, DataSource dataSource, Runnable closing) {
        this.directory = directory;
        this.server = server;
        this.dataSource = dataSource;
        this.closing = closing;
    }

    /** The data where it lives: a folder on this computer, or a clinic server. */
    public static Database open(DataLocation where, Password password, Runnable waiting) {
        return where instanceof DataLocation.Server s ? connect(s.address()) : open(((DataLocation.Folder) where).path(), password, waiting);
    }

    /**
     * The clinic's PostgreSQL server: connects, and migrates a new (or older) database on first use.
     * Several desks may start at once: Flyway holds a lock on the server while it migrates.
     */
    public static Database connect(ServerAddress server) {
        ServerPool pool = new ServerPool(server);
        try {
            Migrations.migrate(pool);
            return new Database(null, server, pool, pool::close);
        } catch (RuntimeException e) {
            pool.close();
            throw ServerTrouble.explain(server, e, "doing.openData");
        }
    }

    public static Database open(Path directory) {
        return open(directory, null, () -> {
        });
    }

    /**
     * @param password opens an encrypted folder (see {@link Encryption}); null for an unencrypted one
     * @param waiting  told once when opening or closing has waited a few seconds for another program
     *                 on the same folder (the command line says so on stderr); silent otherwise
     */
    public static Database open(Path directory, Password password, Runnable waiting) {
        return open(directory, password, waiting, Stay.LONG);
    }

    /** As above, for a program that stays as {@code stay} says. */
    public static Database open(Path directory, Password password, Runnable waiting, Stay stay) {
        Path folder = directory.toAbsolutePath().normalize();
        createFolder(folder);
        Path file = folder.resolve(FILE_NAME + ".mv.db");
        Patience patience = new Patience(waiting);
        try {
            // H2 says "could not save the lock file" both when another program is writing it and when the
            // folder is read-only: only the former passes
            Opened opened = patience.retry(() -> openInTurn(folder, file, password, stay, patience),
                    failure -> StorageException.passing(failure) && writable(folder, file));
            JdbcConnectionPool pool = opened.pool();
            return new Database(folder, null, pool, opened.alone() ? pool::dispose : () -> closeShared(pool, patience));
        } catch (StorageException alreadyTold) {
            throw alreadyTold;
        } catch (RuntimeException e) {
            throw explain(e, folder, file);
        }
    }

    /**
     * Checks the file and opens it while no other program of ours is opening the folder: a file another
     * program is creating at this moment is complete (or served) by the time this one looks at it.
     */
    private static Opened openInTurn(Path folder, Path file, Password password, Stay stay, Patience patience) {
        try (OpeningTurn turn = OpeningTurn.take(folder, patience)) {
            boolean exists = Files.exists(file);
            // StoreCheck reads without the key, so an encrypted file is not checked there; IFEXISTS still
            // keeps H2 from creating a fresh database in its place
            if (exists && password == null) {
                refuseUnreadable(folder, file);
            }
            // no lock file: no program serves the file, and none can start serving it while this one holds the turn
            boolean alone = stay == Stay.SHORT && !Files.exists(folder.resolve(LOCK_FILE));
            if (alone && !canWrite(folder)) {
                // alone, H2 makes no lock file beside the data, and that lock file was what refused a folder
                // that cannot be written to (read-only, immutable): such a folder is still refused
                throw StorageException.notWritable(folder, null);
            }
            JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder, exists, password, stay, alone), USER,
                    password == null ? "" : password.connectionPassword());
            pool.setMaxConnections(8);
            try {
                Migrations.migrate(pool);
                return new Opened(pool, alone);
            } catch (RuntimeException e) {
                pool.dispose();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pool of an opened file, and whether this program holds the file alone (serves it to nobody). */
    private record Opened(JdbcConnectionPool pool, boolean alone) {
    }

    /** IFEXISTS: a file that is there is opened, never created anew, whatever H2 makes of it. */
    static String url(Path folder, boolean exists, Password password, Stay stay, boolean alone) {
        return "jdbc:h2:" + HexPath.nameOf(folder.resolve(FILE_NAME).toString()) + (alone ? ALONE : SERVED) + SETTINGS
                + (exists ? ";IFEXISTS=TRUE" : "") + (password == null ? "" : ";CIPHER=AES")
                + (stay == Stay.SHORT ? ";MAX_COMPACT_TIME=0" : "");
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException e) {
            throw StorageException.notAFolder(folder, e);
        } catch (IOException | SecurityException e) {
            throw Files.isDirectory(folder.getParent() == null ? folder : folder.getParent())
                    ? StorageException.notWritable(folder, e) : StorageException.notAFolder(folder, e);
        }
    }

    private static void refuseUnreadable(Path folder, Path file) {
        StoreCheck.Verdict verdict;
        try {
            verdict = StoreCheck.check(file);
        } catch (IOException e) {
            throw StorageException.unreadable(folder, e);
        }
        if (verdict == StoreCheck.Verdict.DAMAGED) {
            throw StorageException.damaged(folder, null);
        }
    }

    /** One sentence for why opening failed, looking at the folder when the database's error says little. */
    private static StorageException explain(RuntimeException failure, Path folder, Path file) {
        if (!Files.isDirectory(folder)) {
            return StorageException.notAFolder(folder, failure);
        }
        if (!writable(folder, file)) {
            return StorageException.notWritable(folder, failure);
        }
        StorageException told = StorageException.from(failure, Phrase.of("doing.openFolder", folder));
        if (told instanceof WrongPasswordException) {
            return told;
        }
        if (StorageException.damage(failure)) {
            return StorageException.damaged(folder, failure);
        }
        if (StorageException.passing(failure)) {
            return StorageException.busy(folder, failure);
        }
        return StorageException.unexpected(folder, failure);
    }

    private static boolean writable(Path folder, Path file) {
        return canWrite(folder) && (!Files.exists(file) || Files.isWritable(file));
    }

    /**
     * Whether a new file can be made in the folder. Files.isWritable asks the permissions, which root
     * passes even in /proc or an immutable folder. The name is this program's and the moment's (a temp
     * file's random name would start Java's secure random generator, a cost on every command).
     */
    private static boolean canWrite(Path folder) {
        Path probe = folder.resolve(".write-check-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp");
        try {
            Files.newByteChannel(probe, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.DELETE_ON_CLOSE).close();
            return true;
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The data folder; null when the data is on a clinic server. */
    public Path directory() {
        return directory;
    }

    /** The clinic server; null when the data is in a folder. */
    public ServerAddress server() {
        return server;
    }

    public boolean onServer() {
        return server != null;
    }

    @Override
    public void close() {
        closing.run();
    }

    /**
     * Closes the file; when this program serves it to others, first waits for them to finish what they
     * are doing (bounded), so ending this program does not cut another one off in the middle of a change.
     */
    private static void closeShared(JdbcConnectionPool pool, Patience patience) {
        Connection last = null;
        try {
            last = pool.getConnection();
            new Sharers(last, patience).awaitDeparture();
        } catch (SQLException | RuntimeException e) {
            // closing anyway: the others reconnect or report a broken connection
        } finally {
            pool.dispose();
            closeQuietly(last);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already gone
            }
        }
    }
}
