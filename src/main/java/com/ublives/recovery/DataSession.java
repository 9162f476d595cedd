package com.ublives.recovery;

import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.Backups;
import com.ublives.recovery.storage.Encryption;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.Restore;
import com.ublives.recovery.storage.StorageException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The window's hold on its data folder: the password it was opened with (when encrypted), the open
 * services, and the backups. Restoring closes the services first, since nothing may have the file
 * open while it is replaced, and opens them again on the restored data. Every method does file or
 * database work: call them off the JavaFX thread.
 */
public final class DataSession implements AutoCloseable {

    private final Path dataDir;
    private final Clock clock;
    private final Consumer<String> tell;
    private Password password;
    private Services services;

    public DataSession(Path dataDir, Clock clock, Consumer<String> tell) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.tell = tell;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean encrypted() {
        return Encryption.isOn(dataDir);
    }

    /** Opens the folder; the password (null when not encrypted) is kept for backups and restores. */
    public synchronized Services open(Password given) {
        services = Services.open(dataDir, given, tell);
        password = given;
        return services;
    }

    public List<BackupFile> listBackups() {
        return folder().list();
    }

    public synchronized BackupFile backUpNow() {
        try (Connection live = services.database().dataSource().getConnection()) {
            return folder().create(BackupFile.Kind.MANUAL, live, password);
        } catch (SQLException e) {
            throw StorageException.from(e, "make a backup");
        }
    }

    /** The newest backup that opens, for a folder whose data file does not. */
    public Optional<BackupFile> newestGoodBackup(Password given) {
        for (BackupFile b : folder().list()) {
            if (folder().opens(b, given)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }

    /**
     * Closes the services (if open), puts the backup in place and opens the restored data. When the
     * restore is refused (another program has the folder), the data is opened again as it was.
     */
    public synchronized Restored restore(BackupFile backup, Password given) {
        boolean wasOpen = services != null;
        closeServices();
        Password using = given != null ? given : password;
        Restore.Result result;
        try {
            result = new Restore(dataDir, folder(), clock).run(backup, using);
        } catch (RuntimeException refused) {
            if (wasOpen) {
                reopenQuietly(refused);
            }
            throw refused;
        }
        return new Restored(result, open(using));
    }

    /** A restore done: what was kept of the data before, and the services on the restored data. */
    public record Restored(Restore.Result result, Services services) {
    }

    private void reopenQuietly(RuntimeException refused) {
        try {
            open(password);
        } catch (RuntimeException notReopened) {
            refused.addSuppressed(notReopened);
        }
    }

    private Backups folder() {
        return new Backups(dataDir, clock);
    }

    private void closeServices() {
        if (services != null) {
            services.close();
            services = null;
        }
    }

    @Override
    public synchronized void close() {
        closeServices();
    }
}
