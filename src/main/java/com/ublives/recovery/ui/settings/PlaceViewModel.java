package com.ublives.recovery.ui.settings;

import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.place.PlaceService;
import com.ublives.recovery.place.TargetNotEmptyException;
import com.ublives.recovery.settings.PlaceSettings;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.ServerPasswordNeededException;
import com.ublives.recovery.storage.StorageException;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * "Where your data is" in Settings: this computer's data folder or a clinic server (address, user, password,
 * remember it or not). Trying a server, switching to it (or back) and copying this computer's data to it run
 * in the background and answer in one sentence: what was done, or what is wrong and what to check, never the
 * password, never the driver's own text. A switch that fails leaves the window on the data it had.
 */
public final class PlaceViewModel {

    /** What the composition root does for this screen: open data somewhere, and copy the open data to a server. */
    public interface Desk {
        /**
         * Off the JavaFX thread: opens the data there (a new server database is migrated). The answer, run
         * on the JavaFX thread with the sentence to show, puts the window on it and closes the old data.
         */
        Consumer<String> open(DataLocation where);

        /** Off the JavaFX thread: copies the data now open (this computer's) into the server's empty database. */
        PlaceService.Copied copyTo(ServerAddress server);
    }

    private record Kept(PlaceSettings.Chosen chosen, boolean password) {
    }

    private final PlaceSettings place;
    private final Desk desk;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ResourceBundle texts;
    /** Where the window's data is now: the server's address has no password in it. */
    private final DataLocation current;
    private final BooleanProperty serverChosen = new SimpleBooleanProperty();
    private final StringProperty url = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper answer = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper trouble = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper();
    private Runnable retry;

    /** {@code note} is the answer a switch left to show on the new window's Settings; empty for none. */
    public PlaceViewModel(PlaceSettings place, DataLocation current, Desk desk, BackgroundTasks tasks, DialogService dialogs,
                          ResourceBundle texts, String note) {
        this.place = place;
        this.current = current;
        this.desk = desk;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.answer.set(note == null ? "" : note);
        serverChosen.set(current instanceof DataLocation.Server);
        if (current instanceof DataLocation.Server s) {
            url.set(s.address().url());
            user.set(s.address().user() == null ? "" : s.address().user());
        }
        // the remembered address (and whether a password is kept for it) fill the fields once read
        tasks.run(() -> {
            PlaceSettings.Chosen chosen = place.chosen();
            char[] kept = chosen.url() == null ? null : place.password(chosen.url(), chosen.user());
            if (kept != null) {
                Arrays.fill(kept, '\0');
            }
            return new Kept(chosen, kept != null);
        }, kept -> {
            if (url.get().isEmpty() && kept.chosen().url() != null) {
                url.set(kept.chosen().url());
                user.set(kept.chosen().user() == null ? "" : kept.chosen().user());
            }
            remember.set(kept.password());
        }, unread -> { });
    }

    public BooleanProperty serverChosenProperty() {
        return serverChosen;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The last answer, one sentence (or two: what was done, and what became of the password). */
    public ReadOnlyStringProperty answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** Whether the answer tells of trouble; then {@link #retry} tries the same again. */
    public ReadOnlyBooleanProperty troubleProperty() {
        return trouble.getReadOnlyProperty();
    }

    /** Whether Retry is offered: after a connection or a switch that failed. */
    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    /** Where the data is now, for the person. */
    public String currentText() {
        return current instanceof DataLocation.Server s
                ? MessageFormat.format(texts.getString("settings.data.onServer"), s.address().describe(), s.address().userOrDefault())
                : MessageFormat.format(texts.getString("settings.data.local"), place.folder());
    }

    public boolean onServerNow() {
        return current instanceof DataLocation.Server;
    }

    public String passwordFile() {
        return place.passwordFile().toString();
    }

    /** Connects to the server as typed and says what it found, or what is wrong. */
    public void testConnection() {
        ServerAddress typed = typedServer();
        if (typed == null) {
            return;
        }
        retry = this::testConnection;
        work(MessageFormat.format(texts.getString("settings.server.testing"), typed.describe()), typed, false, () -> {
            PlaceService.Tried tried = PlaceService.tryServer(withRemembered(typed));
            return () -> succeeded(MessageFormat.format(texts.getString("settings.server.connected"), typed.describe(),
                    typed.userOrDefault(), tried.serverVersion(), tried.schemaVersion()));
        });
    }

    /** Puts the window on the chosen place; the choice is kept in the settings once the data is open there. */
    public void use() {
        retry = this::use;
        if (!serverChosen.get()) {
            work(MessageFormat.format(texts.getString("settings.data.switching"), place.folder()), null, true, () -> {
                Consumer<String> install = desk.open(DataLocation.folder(place.folder()));
                place.chooseFolder();
                return () -> install.accept(MessageFormat.format(texts.getString("settings.data.switched.folder"), place.folder()));
            });
            return;
        }
        ServerAddress typed = typedServer();
        if (typed == null) {
            return;
        }
        char[] typedPassword = password.get().toCharArray();
        boolean keep = remember.get();
        work(MessageFormat.format(texts.getString("settings.data.switching"), typed.describe()), typed, true, () -> {
            ServerAddress server = withRemembered(typed);
            Consumer<String> install = desk.open(DataLocation.server(server));
            PlaceSettings.Remembered remembered = place.chooseServer(server, typedPassword, keep);
            Arrays.fill(typedPassword, '\0');
            String done = MessageFormat.format(texts.getString("settings.data.switched.server"), server.describe());
            String note = switch (remembered) {
                case REMEMBERED -> MessageFormat.format(texts.getString("settings.server.remembered"), place.passwordFile());
                case NOT_SAFE -> MessageFormat.format(texts.getString("settings.server.notSafe"), place.folder());
                case NOT_KEPT -> "";
            };
            return () -> install.accept(note.isEmpty() ? done : done + " " + note);
        });
    }

    /** Copies this computer's data into the server's empty database, after asking; the window stays on this computer. */
    public void copyToServer() {
        ServerAddress typed = typedServer();
        if (typed == null) {
            return;
        }
        if (!dialogs.confirm(texts.getString("settings.data.copy.confirm.title"), MessageFormat.format(
                texts.getString("settings.data.copy.confirm"), place.folder(), typed.describe()),
                texts.getString("settings.data.copy.action"))) {
            return;
        }
        retry = null; // a copy is started again by hand, after reading why it stopped
        work(MessageFormat.format(texts.getString("settings.data.copying"), typed.describe()), typed, false, () -> {
            PlaceService.Copied copied = desk.copyTo(withRemembered(typed));
            return () -> succeeded(MessageFormat.format(texts.getString("settings.data.copied"),
                    copied.total(), typed.describe(), compared(copied.source(), copied.target())));
        });
    }

    /** Tries again what failed: the connection test or the switch. */
    public void retry() {
        if (retry != null) {
            retry.run();
        }
    }

    /** Each table that holds rows: "client 2 = 2", as counted in the folder and on the server. */
    private static String compared(Map<String, Long> source, Map<String, Long> target) {
        return source.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue() + " = " + target.get(e.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** The server as typed, or null after saying what is wrong with the address. */
    private ServerAddress typedServer() {
        String typedUrl = url.get() == null ? "" : url.get().strip();
        if (ServerAddress.problemWith(typedUrl, "") != null) {
            retry = null;
            failed(MessageFormat.format(texts.getString("settings.server.badUrl"), typedUrl));
            return null;
        }
        String typedPassword = password.get() == null ? "" : password.get();
        return ServerAddress.of(typedUrl, user.get(), typedPassword.isEmpty() ? null : typedPassword.toCharArray());
    }

    /** Off the JavaFX thread: with no password typed, the one remembered for this server and user, if any. */
    private ServerAddress withRemembered(ServerAddress typed) {
        if (typed.hasPassword()) {
            return typed;
        }
        char[] kept = place.password(typed.url(), typed.user());
        if (kept == null) {
            return typed;
        }
        try {
            return typed.withPassword(kept);
        } finally {
            Arrays.fill(kept, '\0');
        }
    }

    /** Runs the job in the background with its progress shown; what it returns is then run on the JavaFX thread. */
    private void work(String doing, ServerAddress server, boolean switching, java.util.concurrent.Callable<Runnable> job) {
        busy.set(true);
        progress.set(doing);
        answer.set("");
        trouble.set(false);
        canRetry.set(false);
        tasks.run(job, then -> {
            busy.set(false);
            progress.set("");
            then.run();
        }, failure -> {
            busy.set(false);
            progress.set("");
            String told = sentence(failure, server);
            failed(switching ? MessageFormat.format(texts.getString("settings.data.stays"), told) : told);
        });
    }

    private void succeeded(String text) {
        trouble.set(false);
        canRetry.set(false);
        answer.set(text);
    }

    private void failed(String text) {
        trouble.set(true);
        canRetry.set(retry != null);
        answer.set(text);
    }

    /** The trouble in one sentence: the storage's own (it names the server, never the password), or ours. */
    private String sentence(Throwable failure, ServerAddress server) {
        Throwable t = failure;
        while (t.getCause() != null && !(t instanceof StorageException)) {
            t = t.getCause();
        }
        if (t instanceof ServerPasswordNeededException && server != null) {
            return MessageFormat.format(texts.getString("settings.server.passwordNeeded"), server.describe(), server.userOrDefault());
        }
        if (t instanceof TargetNotEmptyException full) {
            return MessageFormat.format(texts.getString("settings.data.copy.notEmpty"), full.server(), full.rows());
        }
        return t instanceof StorageException ? FailureText.sentence(t, texts) : MessageFormat.format(
                texts.getString("settings.data.unexpected"), server != null ? server.describe() : place.folder());
    }
}
