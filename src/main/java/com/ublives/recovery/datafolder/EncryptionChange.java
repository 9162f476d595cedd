package com.ublives.recovery.datafolder;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.Encryption;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What can be done to a data folder's encryption, the same for `encryption on|off|change` and the
 * window's Data menu: which changes apply to a folder, which passwords each needs, and the sentence
 * that says what was done.
 */
public enum EncryptionChange {
    /** Encrypts a folder that is not: needs a new password. */
    ON(false, false, true),
    /** A new password for an encrypted folder: needs the current one and a new one. */
    CHANGE(true, true, true),
    /** Removes the encryption: needs the current password. */
    OFF(true, true, false);

    private final boolean forEncrypted;
    private final boolean needsCurrent;
    private final boolean needsNew;

    EncryptionChange(boolean forEncrypted, boolean needsCurrent, boolean needsNew) {
        this.forEncrypted = forEncrypted;
        this.needsCurrent = needsCurrent;
        this.needsNew = needsNew;
    }

    /** The changes that make sense for a folder that is encrypted or not, in the order a menu offers them. */
    public static List<EncryptionChange> thatApply(boolean encrypted) {
        return Arrays.stream(values()).filter(c -> c.appliesTo(encrypted)).toList();
    }

    public boolean appliesTo(boolean encrypted) {
        return forEncrypted == encrypted;
    }

    public boolean needsCurrent() {
        return needsCurrent;
    }

    public boolean needsNew() {
        return needsNew;
    }

    /** What was done, in one or two sentences; both faces say it so. */
    public Phrase done(Path folder, Encryption.Result result) {
        Phrase done = Phrase.of("encryption.done." + name().toLowerCase(java.util.Locale.ROOT), folder, result.backupsRewritten());
        if (result.backupsNotRewritten().isEmpty()) {
            return done;
        }
        return Phrase.joined(System.lineSeparator(), java.util.List.of(done,
                Phrase.of("encryption.done.notRewritten", String.join(", ", result.backupsNotRewritten()))));
    }
}
