package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.BackupFile.Kind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The backups/ folder of a data folder. A backup is H2's BACKUP TO of the open database (online and
 * consistent, and an encrypted file stays encrypted in it); it counts only once it has been opened
 * and read back (the SQL of both is {@link BackupSql}). The newest {@link BackupSettings#keep()}
 * automatic backups are kept.
 */
public final class Backups {

    public static final String FOLDER = "backups";

    private final Path folder;
    private final BackupSettings settings;
    private final Clock clock;

    public Backups(Path dataDir, Clock clock) {
        this.folder = dataDir.resolve(FOLDER);
        this.settings = BackupSettings.read(dataDir);
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    public BackupSettings settings() {
        return settings;
    }

    /** Every backup, newest first. Other files in the folder (part files, kept damaged files) are not backups. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupFile> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                BackupFile.parse(file.getFileName().toString()).ifPresent(p -> found.add(new BackupFile(
                        file, p.made(), p.kind(), size(file), BackupZips.encryptedZip(file))));
            }
        } catch (IOException e) {
            throw new StorageException(Phrase.of("failure.backup.folderUnreadable", folder, com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
        found.sort(Comparator.comparing(BackupFile::made).thenComparing(BackupFile::name).reversed());
        return found;
    }

    public Optional<BackupFile> find(String name) {
        return list().stream().filter(b -> b.name().equals(name)).findFirst();
    }

    public Optional<BackupFile> newest() {
        return list().stream().findFirst();
    }

    boolean hasAutomaticOn(LocalDate day) {
        return list().stream().anyMatch(b -> b.kind() == Kind.AUTO
                && LocalDate.ofInstant(b.made(), clock.getZone()).equals(day));
    }

    /**
     * Backs up the database that {@code live} is connected to, checks the copy by opening it, and only
     * then gives it its name; a copy that does not open is deleted and the failure thrown.
     */
    public BackupFile create(Kind kind, Connection live, Password password) {
        try {
            Files.createDirectories(folder);
            Instant now = clock.instant();
            Path target = freeName(now, kind);
            // hidden while unchecked: list() and the person see only finished backups
            Path part = folder.resolve("." + target.getFileName());
            Files.deleteIfExists(part);
            try {
                BackupSql.backUp(live, part);
                BackupZips.nameEntry(part);
                BackupSql.check(part, password);
                Files.move(part, target);
            } finally {
                Files.deleteIfExists(part);
            }
            prune();
            return new BackupFile(target, now, kind, size(target), password != null);
        } catch (SQLException e) {
            throw StorageException.from(e, Phrase.of("doing.makeBackupIn", folder));
        } catch (IOException e) {
            throw new StorageException(Phrase.of("failure.backup.notMade", folder, com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }

    /** Whether the backup opens now (it did when it was made; a disk may have damaged it since). */
    public boolean opens(BackupFile backup, Password password) {
        if (backup.encrypted() && password == null) {
            return false;
        }
        try {
            BackupSql.check(backup.file(), backup.encrypted() ? password : null);
            return true;
        } catch (StorageException e) {
            return false;
        }
    }

    /** Keeps the newest automatic backups; the others were asked for or guard a change, and stay. */
    private void prune() throws IOException {
        List<BackupFile> automatic = list().stream().filter(b -> b.kind() == Kind.AUTO).toList();
        for (BackupFile old : automatic.subList(Math.min(settings.keep(), automatic.size()), automatic.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    private Path freeName(Instant now, Kind kind) {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(BackupFile.fileName(now, kind, attempt));
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
