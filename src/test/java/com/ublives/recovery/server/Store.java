package com.ublives.recovery.server;

import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.ServerAddress;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a test keeps its data: an H2 folder, or a new database on the private PostgreSQL server. Tests
 * parameterised over it run the same assertions on both; without PostgreSQL's programs the server's
 * runs are skipped with the reason (the only skip the suite allows).
 */
public enum Store {
    H2, POSTGRESQL;

    /** A new, empty place for a test's data; {@code dir} is the test's temporary folder. */
    public DataLocation create(Path dir) {
        return this == H2 ? DataLocation.folder(dir) : DataLocation.server(newServerDatabase());
    }

    public Database open(DataLocation where) {
        return Database.open(where, null, () -> {
        });
    }

    /** The command-line options that choose the place. */
    public static List<String> options(DataLocation where) {
        List<String> options = new ArrayList<>();
        if (where instanceof DataLocation.Server s) {
            options.addAll(List.of("--db-url", s.address().url(), "--db-user", s.address().user()));
        } else {
            options.addAll(List.of("--data-dir", ((DataLocation.Folder) where).path().toString()));
        }
        return options;
    }

    /** A new database on the shared server, or the test is skipped saying why there is none. */
    public static ServerAddress newServerDatabase() {
        return server().newDatabase();
    }

    public static PostgresServer server() {
        String why = PostgresServer.whyNotAvailable();
        Assumptions.assumeTrue(why == null, why);
        return PostgresServer.shared();
    }
}
