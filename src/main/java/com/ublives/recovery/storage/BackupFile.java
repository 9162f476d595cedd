package com.ublives.recovery.storage;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup in the data folder's backups/ folder: a zip made by H2's BACKUP TO holding a copy of
 * recovery.mv.db (encrypted when the folder is). The name starts with the UTC time it was made, so the
 * names sort by time, and ends with its kind: {@code 2026-03-01T101530.123Z-auto.zip}.
 */
public record BackupFile(Path file, Instant made, Kind kind, long bytes, boolean encrypted) {

    /** Why a backup was made; only automatic ones are pruned, the others stay until the person deletes them. */
    public enum Kind {
        // described for a person by the faces: backup.kind.<id> in i18n/cli and data.backups.kind.<id> in i18n/messages
        AUTO("auto"),
        MANUAL("manual"),
        BEFORE_RESTORE("before-restore"),
        BEFORE_ENCRYPTION("before-encryption");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        static Optional<Kind> fromId(String id) {
            for (Kind k : values()) {
                if (k.id.equals(id)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{6}\\.\\d{3}Z)-([a-z-]+?)(?:-(\\d+))?\\.zip");

    public String name() {
        return file.getFileName().toString();
    }

    /** The name of a backup of this kind made at that moment; {@code attempt} > 0 for a second one in the same millisecond. */
    static String fileName(Instant made, Kind kind, int attempt) {
        return STAMP.format(made) + "-" + kind.id() + (attempt == 0 ? "" : "-" + attempt) + ".zip";
    }

    /** The time and kind a backup name carries; empty for any other file. */
    static Optional<Parsed> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Kind> kind = Kind.fromId(m.group(2));
        return kind.map(k -> new Parsed(Instant.from(STAMP.parse(m.group(1))), k));
    }

    record Parsed(Instant made, Kind kind) {
    }
}
