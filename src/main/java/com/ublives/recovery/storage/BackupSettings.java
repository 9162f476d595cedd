package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;

import java.nio.file.Path;

/**
 * The backup settings in the data folder's settings.properties (SettingsFile), a file a person may edit:
 * {@code backups.keep} (how many automatic backups to keep, 1 to 365; 14 when absent). A value that
 * is not allowed is not used, and {@link #problem()} says why, so a typo never stops the backups.
 */
public record BackupSettings(int keep, Phrase problem) {

    public static final String FILE = SettingsFile.NAME;
    public static final String KEEP = "backups.keep";
    public static final int DEFAULT_KEEP = 14;
    private static final int MAX_KEEP = 365;

    static BackupSettings read(Path dataDir) {
        SettingsFile.Contents contents = SettingsFile.read(dataDir);
        if (contents.problem() != null) {
            return new BackupSettings(DEFAULT_KEEP, Phrase.of("backup.settings.keeping", contents.problem(), DEFAULT_KEEP));
        }
        Path file = dataDir.resolve(FILE);
        String value = contents.get(KEEP);
        if (value == null) {
            return new BackupSettings(DEFAULT_KEEP, null);
        }
        try {
            int keep = Integer.parseInt(value.trim());
            if (keep >= 1 && keep <= MAX_KEEP) {
                return new BackupSettings(keep, null);
            }
        } catch (NumberFormatException notWhole) {
            // said below
        }
        return new BackupSettings(DEFAULT_KEEP, Phrase.of("backup.settings.keeping",
                Phrase.of("backup.settings.keep", file.getFileName(), KEEP, MAX_KEEP, value.trim()), DEFAULT_KEEP));
    }
}
