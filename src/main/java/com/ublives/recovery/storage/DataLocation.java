package com.ublives.recovery.storage;

import java.nio.file.Path;

/** Where the data lives: a folder on this computer (H2, the default) or a clinic's PostgreSQL server. */
public sealed interface DataLocation {

    record Folder(Path path) implements DataLocation {
    }

    record Server(ServerAddress address) implements DataLocation {
    }

    static DataLocation folder(Path path) {
        return new Folder(path);
    }

    static DataLocation server(ServerAddress address) {
        return new Server(address);
    }
}
