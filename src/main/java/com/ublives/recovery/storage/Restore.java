package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.BackupFile.Kind;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

/**
 * Puts a backup in place of the data file. Nothing may have the file open (the window closes its own
 * connection first). The backup is checked and taken out of its zip before the data file is touched,
 * so the file is unlocked only for the moment of the move; what was there is kept first: as a
 * checked backup when it opens, else as it was, beside the backups.
 */
public final class Restore {

    /** What was there before: a backup, or (when it could not be read) the file itself kept in backups/. */
    public record Result(BackupFile restored, BackupFile keptBefore, Path keptUnreadable) {
    }

    private final Path dataDir;
    private final Backups backups;
    private final Clock clock;

    public Restore(Path dataDir, Backups backups, Clock clock) {
        this.dataDir = dataDir;
        this.backups = backups;
        this.clock = clock;
    }

    public Result run(BackupFile backup, Password password) {
        Password backupPassword = backup.encrypted() ? required(password, backup) : null;
        BackupSql.check(backup.file(), backupPassword);
        Path work = WorkFolder.create(dataDir, "restore");
        try {
            Path incoming = work.resolve(BackupZips.ENTRY);
            BackupZips.extract(backup.file(), incoming);
            Path current = dataDir.resolve(BackupZips.ENTRY);
            BackupFile keptBefore = null;
            Path keptUnreadable = null;
            if (Files.exists(current)) {
                try (ExclusiveFile held = ExclusiveFile.open(dataDir, password)) {
                    keptBefore = backups.create(Kind.BEFORE_RESTORE, held.connection(),
                            BackupZips.encryptedFile(current) ? password : null);
                } catch (ExclusiveFile.Unreadable unreadable) {
                    keptUnreadable = keepAside(current);
                } catch (WrongPasswordException | ExclusiveFile.InUse e) {
                    throw e;
                } catch (StorageException e) {
                    // it opened, yet its backup did not read back (H2 opens some damaged files as empty)
                    keptUnreadable = keepAside(current);
                }
            }
            move(incoming, current);
            return new Result(backup, keptBefore, keptUnreadable);
        } finally {
            WorkFolder.delete(work);
        }
    }

    private Path keepAside(Path current) {
        try {
            Files.createDirectories(backups.folder());
            Path aside = backups.folder().resolve(BackupFile.fileName(clock.instant(), Kind.BEFORE_RESTORE, 0)
                    .replace(".zip", "-unreadable.mv.db"));
            Files.move(current, aside);
            return aside;
        } catch (IOException e) {
            throw new StorageException(Phrase.of("failure.restore.notKept", com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }

    static void move(Path from, Path to) {
        try {
            try {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StorageException(Phrase.of("failure.restore.notPlaced", com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }

    private static Password required(Password password, BackupFile backup) {
        if (password == null) {
            throw new WrongPasswordException(Phrase.of("failure.backup.passwordNeeded", backup.name()), null);
        }
        return password;
    }
}
