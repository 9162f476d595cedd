package com.ublives.recovery;

import com.ublives.recovery.datafolder.FolderSession;
import com.ublives.recovery.settings.PlaceSettings;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.ServerPasswordNeededException;
import com.ublives.recovery.storage.StorageException;
import com.ublives.recovery.storage.WrongPasswordException;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.ui.MainWindow;
import com.ublives.recovery.ui.data.BackupsViewModel;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The window's data opened at the start, off the FX thread: this computer's folder (an encrypted one asks
 * its password first, again while it is wrong; a damaged file offers the newest backup that opens) or the
 * clinic server chosen in Settings (a password it asks for is asked here; trouble offers Retry and this
 * computer's data). Nothing here changes the language or the window: both are the start's.
 */
final class DataOpening {

    private final Path dataDir;
    private final FolderSession<Services> session;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ResourceBundle texts;
    /** The start's window: built after the opening began, and there before any answer comes (on the FX thread). */
    private final Supplier<MainWindow> window;
    private final BackupsViewModel<Services> backups;
    private final BiConsumer<Services, DataLocation> opened;

    /** {@code opened}: on the FX thread, the services and where they are (a server's without its password). */
    DataOpening(Path dataDir, FolderSession<Services> session, BackgroundTasks tasks, DialogService dialogs,
                ResourceBundle texts, Supplier<MainWindow> window, BackupsViewModel<Services> backups,
                BiConsumer<Services, DataLocation> opened) {
        this.dataDir = dataDir;
        this.session = session;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.window = window;
        this.backups = backups;
        this.opened = opened;
    }

    void open(DataLocation here) {
        if (here instanceof DataLocation.Server server) {
            openServer(server.address());
        } else {
            openFolder();
        }
    }

    private void openFolder() {
        // an unencrypted folder opens in the task that looked: no turn through the FX thread in between,
        // which is busy drawing the first frame
        tasks.run(() -> session.folder().encrypted() ? Optional.<Services>empty() : Optional.of(session.open(null)), services -> {
            if (services.isEmpty()) {
                askPasswordAndOpen(texts.getString("password.prompt"));
            } else {
                opened.accept(services.get(), DataLocation.folder(dataDir));
            }
        }, failure -> openFailed(failure, null));
    }

    private void openServer(ServerAddress server) {
        tasks.run(() -> Services.openServer(server, () -> null, dataDir),
                services -> opened.accept(services, DataLocation.server(server.withPassword(null))), failure -> {
            if (failure instanceof ServerPasswordNeededException && !server.hasPassword()) {
                Optional<char[]> typed = dialogs.askPassword(texts.getString("server.password.title"), MessageFormat.format(
                        texts.getString("server.password.prompt"), server.userOrDefault(), server.describe()),
                        texts.getString("password.open"));
                if (typed.isPresent() && typed.get().length > 0) {
                    ServerAddress withPassword = server.withPassword(typed.get());
                    java.util.Arrays.fill(typed.get(), '\0');
                    openServer(withPassword);
                    return;
                }
            }
            String told = failure instanceof StorageException ? FailureText.sentence(failure, texts)
                    : MessageFormat.format(texts.getString("settings.data.unexpected"), server.describe());
            window.get().showFailure(told, MessageFormat.format(texts.getString("startup.server.hint"), dataDir),
                    texts.getString("settings.data.retry").replace("_", ""), () -> openServer(server));
            window.get().addFailureAction("useComputerInstead", texts.getString("startup.server.useComputer"), () -> tasks.run(() -> {
                new PlaceSettings(dataDir).chooseFolder();
                return null;
            }, ok -> openFolder(), notSaved -> window.get().showFailure(FailureText.sentence(notSaved, texts))));
        });
    }

    private void askPasswordAndOpen(String prompt) {
        Optional<char[]> typed = dialogs.askPassword(texts.getString("password.title"),
                MessageFormat.format(prompt, session.folder().path()), texts.getString("password.open"));
        if (typed.isEmpty()) {
            window.get().showFailure(texts.getString("startup.noPassword"));
            return;
        }
        Password password = Password.of(typed.get());
        java.util.Arrays.fill(typed.get(), '\0');
        tasks.run(() -> session.open(password), services -> opened.accept(services, DataLocation.folder(dataDir)),
                failure -> openFailed(failure, password));
    }

    private void openFailed(Throwable failure, Password password) {
        if (failure instanceof WrongPasswordException) {
            askPasswordAndOpen(texts.getString("password.wrong"));
        } else {
            failed(failure, password);
        }
    }

    /**
     * The folder did not open. When the file itself is the trouble and a backup opens, the window offers
     * to restore it (asking first); otherwise it says what went wrong and how to go on.
     */
    private void failed(Throwable failure, Password password) {
        String problem = failure instanceof StorageException ? FailureText.sentence(failure, texts)
                : MessageFormat.format(texts.getString("startup.failedUnexpected"), session.folder().path());
        String message = MessageFormat.format(texts.getString("startup.failedDetail"), problem);
        window.get().showFailure(message);
        boolean restoreMayHelp = failure instanceof StorageException s && s.restoreMayHelp();
        tasks.run(() -> restoreMayHelp ? session.newestGoodBackup(password) : Optional.<BackupFile>empty(), backup -> {
            if (backup.isEmpty()) {
                dialogs.showError(texts.getString("startup.failed"), message);
                return;
            }
            String when = backups.when(backup.get());
            window.get().showFailure(message, MessageFormat.format(texts.getString("startup.restoreOffer.hint"), when),
                    MessageFormat.format(texts.getString("startup.restoreOffer"), when),
                    () -> backups.restore(backup.get(), () -> failed(failure, password)));
        }, lookupFailed -> dialogs.showError(texts.getString("startup.failed"), message));
    }
}
