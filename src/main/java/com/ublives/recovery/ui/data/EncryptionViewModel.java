package com.ublives.recovery.ui.data;

import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.datafolder.EncryptionChange;
import com.ublives.recovery.datafolder.FolderSession;
import com.ublives.recovery.datafolder.NewPassword;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.StorageException;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The Data menu's encryption: turning it on, changing the password, turning it off, each from its own
 * small dialog. The passwords are checked before anything is asked or done (given, typed the same
 * twice, long enough, the current one right), then the person confirms what the change protects and
 * what not, and the folder's session does the work in the background (the same code as `encryption`
 * on the command line) and hands over the services on the re-encrypted data ({@code reopened}).
 *
 * @param <S> the services the window works with (see {@link FolderSession})
 */
public final class EncryptionViewModel<S extends AutoCloseable> {

    private final FolderSession<S> session;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final ResourceBundle texts;
    private final Consumer<S> reopened;
    /** What is wrong with what was typed, or why the change failed; empty when nothing is. */
    private final StringProperty problem = new SimpleStringProperty("");
    /** What is being done while the change runs; empty otherwise. */
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public EncryptionViewModel(FolderSession<S> session, DialogService dialogs, BackgroundTasks tasks,
                               ResourceBundle texts, Consumer<S> reopened) {
        this.session = session;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.texts = texts;
        this.reopened = reopened;
    }

    /** The changes that apply to the folder as it is open now; the menu offers only these. */
    public List<EncryptionChange> offered() {
        return EncryptionChange.thatApply(session.encrypted());
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The change's text for {@code part}: menu, title, intro, action, confirm, progress, done. */
    public String text(EncryptionChange change, String part) {
        return MessageFormat.format(texts.getString("data.encryption." + change.name().toLowerCase(Locale.ROOT) + "." + part),
                session.folder().path());
    }

    /** A fresh dialog starts without the last one's message. */
    public void reset() {
        problem.set("");
        progress.set("");
    }

    /**
     * Checks what was typed (the fields that {@code change} does not use are ignored), asks for the
     * person's agreement and starts the change; {@code finished} runs on the FX thread once it is done.
     * Returns false, with {@link #problem} saying why, when something typed is wrong; false too when the
     * person declined. The typed characters are wiped either way.
     */
    public boolean apply(EncryptionChange change, char[] current, char[] fresh, char[] again, Runnable finished) {
        try {
            String wrong = check(change, current, fresh, again);
            problem.set(wrong == null ? "" : wrong);
            if (wrong != null || !dialogs.confirm(text(change, "title"), text(change, "confirm"), text(change, "action"))) {
                return false;
            }
            start(change, change.needsCurrent() ? Password.of(current) : null,
                    change.needsNew() ? Password.of(fresh) : null, finished);
            return true;
        } finally {
            for (char[] typed : new char[][] {current, fresh, again}) {
                if (typed != null) {
                    Arrays.fill(typed, '\0');
                }
            }
        }
    }

    private String check(EncryptionChange change, char[] current, char[] fresh, char[] again) {
        if (change.needsCurrent()) {
            if (current == null || current.length == 0) {
                return texts.getString("data.encryption.noCurrent");
            }
            // the password the window was opened with: no file is read on the FX thread
            if (!session.isCurrentPassword(Password.of(current))) {
                return texts.getString("data.encryption.wrongCurrent");
            }
        }
        com.ublives.recovery.i18n.Phrase problem = change.needsNew() ? NewPassword.problem(fresh, again) : null;
        return problem == null ? null : problem.in(texts);
    }

    private void start(EncryptionChange change, Password current, Password fresh, Runnable finished) {
        busy.set(true);
        progress.set(text(change, "progress"));
        S before = session.services().orElse(null);
        tasks.run(() -> session.changeEncryption(change, current, fresh), done -> {
            busy.set(false);
            progress.set("");
            finished.run();
            reopened.accept(done.services());
            dialogs.showInformation(text(change, "done"), done.done().in(texts));
        }, failure -> {
            busy.set(false);
            progress.set("");
            // a refused change opened the data again: the window must work on the services open now
            session.services().filter(now -> now != before).ifPresent(reopened);
            problem.set(failure instanceof StorageException ? FailureText.sentence(failure, texts)
                    : MessageFormat.format(texts.getString("data.encryption.failed"), session.folder().path()));
        });
    }
}
