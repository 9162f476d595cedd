package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.BackupFile.Kind;
import org.h2.tools.ChangeFileEncryption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the data folder's encryption on, off, or to a new password, with H2's own file encryption
 * (AES): the data file and every backup are rewritten with the other setting. A backup is kept first;
 * the new file is made from it in a work folder and checked, and only then moved in place of the
 * old one, so a failure at any step leaves the folder as it was. Whether a file is encrypted is read
 * from the file itself, so no setting can disagree with it.
 */
public final class Encryption {

    /** The backup kept first, and the backups that could not be rewritten (they keep their old setting). */
    public record Result(BackupFile keptBefore, int backupsRewritten, List<String> backupsNotRewritten) {
    }

    private final Path dataDir;
    private final Backups backups;

    public Encryption(Path dataDir, Backups backups) {
        this.dataDir = dataDir;
        this.backups = backups;
    }

    /** Whether the data folder's database file is encrypted (false when there is none yet). */
    public static boolean isOn(Path dataDir) {
        return BackupZips.encryptedFile(dataDir.resolve(BackupZips.ENTRY));
    }

    /** From the current password (null: not encrypted) to the new one (null: not encrypted). */
    public Result change(Password from, Password to) {
        if (!Files.exists(dataDir.resolve(BackupZips.ENTRY))) {
            // an empty folder: the first open creates the file, then it can be encrypted
            Database.open(dataDir).close();
        }
        Path work = WorkFolder.create(dataDir, "encryption");
        try {
            Path converted = work.resolve(BackupZips.ENTRY);
            BackupFile kept;
            try (ExclusiveFile held = ExclusiveFile.open(dataDir, from)) {
                kept = backups.create(Kind.BEFORE_ENCRYPTION, held.connection(), from);
                // made from the backup, a consistent copy taken while nothing else could write
                convert(kept.file(), converted, from, to);
            }
            Restore.move(converted, dataDir.resolve(BackupZips.ENTRY));
            // H2's trace file may quote data in an error; an encrypted folder writes none (see Database)
            deleteQuietly(dataDir.resolve(Database.FILE_NAME + ".trace.db"));
            return rewriteBackups(kept, from, to, work);
        } finally {
            WorkFolder.delete(work);
        }
    }

    private Result rewriteBackups(BackupFile kept, Password from, Password to, Path work) {
        int rewritten = 0;
        List<String> failed = new ArrayList<>();
        for (BackupFile backup : backups.list()) {
            if (backup.encrypted() != (from != null)) {
                continue;
            }
            Path copy = work.resolve(BackupZips.ENTRY);
            try {
                convert(backup.file(), copy, from, to);
                BackupZips.replace(backup.file(), copy);
                rewritten++;
            } catch (StorageException | IOException e) {
                failed.add(backup.name());
            } finally {
                deleteQuietly(copy);
            }
        }
        BackupFile keptNow = backups.find(kept.name()).orElse(kept);
        return new Result(keptNow, rewritten, failed);
    }

    /** The database in {@code zip}, re-encrypted into {@code target} and checked by opening it. */
    private static void convert(Path zip, Path target, Password from, Password to) {
        BackupZips.extract(zip, target);
        try {
            ChangeFileEncryption.execute(target.getParent().toString(), Database.FILE_NAME, "AES",
                    from == null ? null : from.fileKey().toCharArray(),
                    to == null ? null : to.fileKey().toCharArray(), true);
        } catch (SQLException e) {
            throw StorageException.from(e, Phrase.of("doing.reEncrypt", zip.getFileName()));
        }
        try (Connection c = H2Connections.exclusive(target.getParent().resolve(Database.FILE_NAME), to)) {
            c.createStatement().executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"").close();
        } catch (SQLException e) {
            throw StorageException.from(e, Phrase.of("doing.checkReEncrypted", zip.getFileName()));
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a leftover work file is deleted with its folder
        }
    }
}
