package com.ublives.recovery.datafolder;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.Restore;
import com.ublives.recovery.storage.WrongPasswordException;

import javax.sql.DataSource;
import java.util.Optional;
import java.util.function.Function;

/**
 * The window's hold on its data folder: the password it was opened with (when encrypted), the services
 * open on it, its backups and its encryption. Restoring and changing the encryption close the services
 * first, since nothing may have the file open while it is replaced, and open them again on the new data. What the services are is the
 * composition root's business ({@code S}); this needs only to open them, reach their data and close
 * them. Every method does file or database work: call them off the JavaFX thread.
 *
 * @param <S> the services the window works with
 */
public final class FolderSession<S extends AutoCloseable> implements AutoCloseable {

    /** Opens the services on the folder, with its password (null when it is not encrypted). */
    @FunctionalInterface
    public interface Opener<S> {
        S open(Password password);
    }

    /** A restore done: what was kept of the data before, and the services on the restored data. */
    public record Restored<S>(Restore.Result result, S services) {
    }

    /** An encryption change done: the sentence saying what was done, and the services on the re-encrypted data. */
    public record Encrypted<S>(Phrase done, S services) {
    }

    private final DataFolder folder;
    private final Opener<S> opener;
    private final Function<S, DataSource> data;
    /** Read on the JavaFX thread too (what the Data menu offers, a dialog's check), so never behind the lock. */
    private volatile Password password;
    private S services;

    /** {@code data} gives the database the open services work on, for a backup made on request. */
    public FolderSession(DataFolder folder, Opener<S> opener, Function<S, DataSource> data) {
        this.folder = folder;
        this.opener = opener;
        this.data = data;
    }

    public DataFolder folder() {
        return folder;
    }

    /** Opens the folder; the password (null when not encrypted) is kept for backups and restores. */
    public synchronized S open(Password given) {
        services = opener.open(given);
        password = given;
        return services;
    }

    /** Whether the folder was opened with a password, i.e. is encrypted; no file is read. */
    public boolean encrypted() {
        return password != null;
    }

    /** Whether {@code given} is the password the folder was opened with; no file is read. */
    public boolean isCurrentPassword(Password given) {
        return given != null && given.equals(password);
    }

    /** The services now open, if any: after a refused restore or encryption change they are opened anew. */
    public synchronized Optional<S> services() {
        return Optional.ofNullable(services);
    }

    /** A backup of the open data, on request. */
    public synchronized BackupFile backUpNow() {
        return folder.backUp(data.apply(services), password);
    }

    /** The newest backup that opens, for a folder whose data file does not. */
    public Optional<BackupFile> newestGoodBackup(Password given) {
        return folder.newestThatOpens(given);
    }

    /**
     * Closes the services (if open), puts the backup in place and opens the restored data. When the
     * restore is refused (another program has the folder), the data is opened again as it was.
     */
    public synchronized Restored<S> restore(BackupFile backup, Password given) {
        boolean wasOpen = services != null;
        closeServices();
        Password using = given != null ? given : password;
        Restore.Result result;
        try {
            result = folder.restore(backup, using);
        } catch (RuntimeException refused) {
            if (wasOpen) {
                reopenQuietly(refused);
            }
            throw refused;
        }
        return new Restored<>(result, open(using));
    }

    /**
     * Closes the services, turns the encryption on, off or to a new password (see
     * {@link DataFolder#changeEncryption}) and opens the data again with the password it has now. A
     * current password other than the one the folder was opened with is refused before anything is
     * closed; when the change itself is refused, the data is opened again as it was.
     */
    public synchronized Encrypted<S> changeEncryption(EncryptionChange change, Password current, Password fresh) {
        if (!change.appliesTo(encrypted())) {
            throw new IllegalStateException(change + " does not apply to this folder as it was opened");
        }
        if (change.needsCurrent() && !isCurrentPassword(current)) {
            throw new WrongPasswordException(Phrase.of("failure.encryption.notCurrent", folder.path()), null);
        }
        closeServices();
        Password now = change.needsNew() ? fresh : null;
        Phrase done;
        try {
            done = change.done(folder.path(), folder.changeEncryption(change, current, fresh));
        } catch (RuntimeException refused) {
            reopenQuietly(refused);
            throw refused;
        }
        return new Encrypted<>(done, open(now));
    }

    private void reopenQuietly(RuntimeException refused) {
        try {
            open(password);
        } catch (RuntimeException notReopened) {
            refused.addSuppressed(notReopened);
        }
    }

    private void closeServices() {
        if (services != null) {
            S closing = services;
            services = null;
            try {
                closing.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException("The services of " + folder.path() + " did not close", e);
            }
        }
    }

    @Override
    public synchronized void close() {
        closeServices();
    }
}
