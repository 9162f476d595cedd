package com.ublives.recovery.ui.data;

import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.datafolder.FolderSession;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.Restore;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The Data menu's work: back up now, the list of backups, and restoring one after the person agreed.
 * The same restore serves the window's offer when the data does not open at start. File and database
 * work runs in the background; {@code reopened} gets the services on the restored data.
 *
 * @param <S> the services the window works with (see {@link FolderSession})
 */
public final class BackupsViewModel<S extends AutoCloseable> {

    /** The texts are English; so are the month and day names beside them. */
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    /** A backup as the list shows it. */
    public record Row(BackupFile backup, String when, String kind, String size) {
        @Override
        public String toString() {
            return when + "  \u00b7  " + kind + "  \u00b7  " + size;
        }
    }

    private final FolderSession<S> session;
    private final DialogService dialogs;
    private final BackgroundTasks tasks;
    private final ResourceBundle texts;
    private final ZoneId zone;
    private final Consumer<S> reopened;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public BackupsViewModel(FolderSession<S> session, DialogService dialogs, BackgroundTasks tasks, ResourceBundle texts,
                            ZoneId zone, Consumer<S> reopened) {
        this.session = session;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.texts = texts;
        this.zone = zone;
        this.reopened = reopened;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public String intro() {
        return MessageFormat.format(texts.getString("data.backups.intro"),
                session.folder().backupsFolder());
    }

    public void refresh() {
        tasks.run(session.folder()::backups, list -> rows.setAll(list.stream().map(this::row).toList()),
                failure -> dialogs.showError(texts.getString("data.backups.title"), FailureText.sentence(failure, texts)));
    }

    public void backUpNow() {
        busy.set(true);
        tasks.run(session::backUpNow, made -> {
            busy.set(false);
            refresh();
            dialogs.showInformation(texts.getString("data.backUp.done.title"),
                    MessageFormat.format(texts.getString("data.backUp.done"), when(made), made.name()));
        }, failure -> {
            busy.set(false);
            dialogs.showError(texts.getString("data.backUp.failed"), FailureText.sentence(failure, texts));
        });
    }

    /** Asks first; on yes the data is replaced by the backup and the window reopens on it. */
    public void restore(BackupFile backup, Runnable ifDeclined) {
        if (!dialogs.confirm(texts.getString("data.restore.confirm.title"),
                MessageFormat.format(texts.getString("data.restore.confirm"), when(backup)),
                texts.getString("data.restore.action"))) {
            ifDeclined.run();
            return;
        }
        busy.set(true);
        S before = session.services().orElse(null);
        tasks.run(() -> session.restore(backup, null), restored -> {
            busy.set(false);
            reopened.accept(restored.services());
            dialogs.showInformation(texts.getString("data.restore.done.title"), doneText(backup, restored.result()));
        }, failure -> {
            busy.set(false);
            // a refused restore opened the data again: the window must work on the services open now
            session.services().filter(now -> now != before).ifPresent(reopened);
            refresh();
            dialogs.showError(texts.getString("data.restore.failed"), FailureText.sentence(failure, texts));
            ifDeclined.run();
        });
    }

    private String doneText(BackupFile backup, Restore.Result result) {
        if (result.keptBefore() != null) {
            return MessageFormat.format(texts.getString("data.restore.done"), when(backup), when(result.keptBefore()));
        }
        if (result.keptUnreadable() != null) {
            return MessageFormat.format(texts.getString("data.restore.doneUnreadable"), when(backup), result.keptUnreadable());
        }
        return MessageFormat.format(texts.getString("data.restore.doneFresh"), when(backup));
    }

    public String when(BackupFile backup) {
        return WHEN.format(backup.made().atZone(zone));
    }

    private Row row(BackupFile b) {
        String size = b.bytes() < 1024 ? b.bytes() + " bytes" : (b.bytes() + 1023) / 1024 + " KB";
        return new Row(b, when(b), texts.getString("data.backup.kind." + b.kind().id()) + (b.encrypted() ? ", " + texts.getString("data.encrypted") : ""), size);
    }
}
