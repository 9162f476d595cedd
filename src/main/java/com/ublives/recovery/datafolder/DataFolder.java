package com.ublives.recovery.datafolder;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.BackupSettings;
import com.ublives.recovery.storage.Backups;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.Encryption;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.Restore;
import com.ublives.recovery.storage.StorageException;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The care of one data folder, the same for the window and the command line: its backups (list, make,
 * restore) and its encryption. Storage does the work on the files ({@link Backups}, {@link Restore},
 * {@link Encryption}); this is the one door both faces use, so they make, list and restore backups
 * alike. What it hands out is plain data (a {@link BackupFile}, a result). Every method does file or
 * database work: never call it on the JavaFX thread.
 */
public final class DataFolder {

    private final Path path;
    private final Clock clock;

    public DataFolder(Path path, Clock clock) {
        this.path = path;
        this.clock = clock;
    }

    public Path path() {
        return path;
    }

    public Path backupsFolder() {
        return path.resolve(Backups.FOLDER);
    }

    /** Whether the data file is encrypted, read from the file itself; false while there is none. */
    public boolean encrypted() {
        return Encryption.isOn(path);
    }

    /** The backup settings of settings.properties, read now; a value not used is said in {@code problem()}. */
    public BackupSettings backupSettings() {
        return store().settings();
    }

    /** Every backup, newest first; the database is not opened, so this works on a damaged or encrypted folder. */
    public List<BackupFile> backups() {
        return store().list();
    }

    public Optional<BackupFile> backup(String name) {
        return store().find(name);
    }

    /**
     * Opens the folder, backs it up (checked by opening the copy) and closes it: for a program that has
     * not opened the folder. Works while another program has it open. {@code waiting} is told once when
     * another program keeps this waiting a few seconds.
     */
    public BackupFile backUpNow(Password password, Runnable waiting) {
        try (Database open = Database.open(path, password, waiting)) {
            return backUp(open.dataSource(), password);
        }
    }

    /** A backup made on request of the database that {@code live} serves (the window's open services). */
    BackupFile backUp(DataSource live, Password password) {
        try (Connection c = live.getConnection()) {
            return store().create(BackupFile.Kind.MANUAL, c, password);
        } catch (SQLException e) {
            throw StorageException.from(e, "doing.makeBackup");
        }
    }

    /** The newest backup that opens with the password (null: not encrypted), for a data file that does not. */
    public Optional<BackupFile> newestThatOpens(Password password) {
        Backups backups = store();
        return backups.list().stream().filter(b -> backups.opens(b, password)).findFirst();
    }

    /**
     * Puts the backup in place of the data file, keeping what is there first. Nothing may have the folder
     * open (another program that has it makes this refuse, changing nothing).
     */
    public Restore.Result restore(BackupFile backup, Password password) {
        return new Restore(path, store(), clock).run(backup, password);
    }

    /**
     * Encryption on, off or to a new password: {@code current} opens the encrypted folder (OFF, CHANGE),
     * {@code fresh} is the new password (ON, CHANGE), the other is ignored. Nothing may have the folder
     * open. A change that does not apply to the folder as it is now (another program changed it) is
     * refused, changing nothing.
     */
    public Encryption.Result changeEncryption(EncryptionChange change, Password current, Password fresh) {
        if (!change.appliesTo(encrypted())) {
            throw new StorageException(Phrase.of(encrypted() ? "failure.encryption.alreadyOn" : "failure.encryption.alreadyOff", path), null);
        }
        Password from = change.needsCurrent() ? required(current, "current") : null;
        Password to = change.needsNew() ? required(fresh, "new") : null;
        return new Encryption(path, store()).change(from, to);
    }

    private static Password required(Password password, String which) {
        if (password == null) {
            throw new IllegalArgumentException("The " + which + " password is needed for this change");
        }
        return password;
    }

    /** Read anew each time: settings.properties may have been edited since. */
    private Backups store() {
        return new Backups(path, clock);
    }
}
