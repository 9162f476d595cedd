package com.ublives.recovery.place;

import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.ServerAddress;

import com.ublives.recovery.storage.ServerPasswordNeededException;
import com.ublives.recovery.storage.StorageException;

import java.sql.Connection;
import java.sql.SQLException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.Map;

/**
 * Where the data is, for the person: its status (folder or server, schema version, rows), moving a data
 * folder to a clinic server, and trying a server's address before choosing it.
 */
public final class PlaceService {

    private final Database database;

    public PlaceService(Database database) {
        this.database = database;
    }

    /** What `db status` and the Settings screen show. */
    public record Status(boolean onServer, String where, String user, String schemaVersion, Map<String, Long> rows) {
    }

    /** A copy done: each table's rows in the folder and on the server, equal table by table. */
    public record Copied(String to, Map<String, Long> source, Map<String, Long> target) {
        public long total() {
            return target.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public Status status() {
        DataTables.Status s = status(database);
        return database.onServer()
                ? new Status(true, database.server().describe(), database.server().userOrDefault(), s.schemaVersion(), s.rows())
                : new Status(false, database.directory().toString(), null, s.schemaVersion(), s.rows());
    }

    /**
     * Copies everything in the data folder into the server's empty database, in one transaction, and
     * compares the row counts table by table. A server with data already is refused; nothing is written.
     */
    public static Copied copyFolderToServer(Path folder, Password password, ServerAddress server,
                                            Supplier<char[]> askPassword) {
        try (Database from = Database.open(folder, password, () -> {
        })) {
            return copyToServer(from, server, askPassword);
        }
    }

    /** As above, from data already open (the window's own folder, which it keeps open meanwhile). */
    public static Copied copyToServer(Database from, ServerAddress server, Supplier<char[]> askPassword) {
        try (Database to = connect(server, askPassword)) {
            try (Connection source = from.dataSource().getConnection();
                 Connection target = to.dataSource().getConnection()) {
                DataTables.Copied copied = DataTables.copy(source, target, server);
                return new Copied(server.describe(), copied.source(), copied.target());
            } catch (SQLException e) {
                throw StorageException.from(to.dataSource(), e, "doing.copyData");
            }
        }
    }

    /** Connects; a server that asks for a password not given gets the one {@code askPassword} gives, once. */
    public static Database connect(ServerAddress server, Supplier<char[]> askPassword) {
        try {
            return Database.connect(server);
        } catch (ServerPasswordNeededException needed) {
            char[] typed = server.hasPassword() ? null : askPassword.get();
            if (typed == null || typed.length == 0) {
                throw needed;
            }
            try {
                return Database.connect(server.withPassword(typed));
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
    }

    /** A server tried: PostgreSQL's version and the schema's, after the first use's migration. */
    public record Tried(String serverVersion, String schemaVersion) {
    }

    /** Connects (migrating a new database, as the first use would) and closes again; throws the trouble's sentence. */
    public static Tried tryServer(ServerAddress server) {
        try (Database opened = Database.connect(server)) {
            try (Connection c = opened.dataSource().getConnection()) {
                return new Tried(c.getMetaData().getDatabaseProductVersion(), DataTables.status(c).schemaVersion());
            } catch (SQLException e) {
                throw StorageException.from(opened.dataSource(), e, "doing.readStatus");
            }
        }
    }

    private static DataTables.Status status(Database database) {
        try (Connection c = database.dataSource().getConnection()) {
            return DataTables.status(c);
        } catch (SQLException e) {
            throw StorageException.from(database.dataSource(), e, "doing.readStatus");
        }
    }
}
