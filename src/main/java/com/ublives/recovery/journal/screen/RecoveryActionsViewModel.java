package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.journal.DeletedRecovery;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.MassageEdited;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.storage.SafeFile;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.DialogService.FileType;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;

/**
 * What the journal screen does to a recovery as a whole: says what a corrected massage changed, reopens a
 * closed recovery, deletes one (after asking) with an Undo until the next delete, and writes its check-in
 * reminders to a calendar file.
 */
public final class RecoveryActionsViewModel {

    private final JournalService journal;
    private final BackgroundTasks async;
    private final DialogService dialogs;
    private final ResourceBundle texts;
    /** Reads the journal again and shows the recovery with this id (or keeps what is shown, when there is none). */
    private final LongFunction<CompletableFuture<Void>> afterChange;
    private final ReadOnlyStringWrapper changeNotice = new ReadOnlyStringWrapper(this, "changeNotice");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyStringWrapper summaryStatus = new ReadOnlyStringWrapper(this, "summaryStatus");
    private DeletedRecovery lastDeleted;

    RecoveryActionsViewModel(JournalService journal, BackgroundTasks async, DialogService dialogs, ResourceBundle texts,
                             LongFunction<CompletableFuture<Void>> afterChange) {
        this.journal = journal;
        this.async = async;
        this.dialogs = dialogs;
        this.texts = texts;
        this.afterChange = afterChange;
    }

    /** What the last correction of a massage changed in the check-ins' judgements, or null. */
    public ReadOnlyStringProperty changeNoticeProperty() { return changeNotice.getReadOnlyProperty(); }
    /** "Recovery … deleted." while its delete can be undone, else null. */
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }

    /** While the summary is made, and what came of it: "Making the summary…", then where it was saved. */
    public ReadOnlyStringProperty summaryStatusProperty() { return summaryStatus.getReadOnlyProperty(); }

    void corrected(MassageEdited edited) {
        changeNotice.set(edited.summary().stream().map(line -> line.in(texts))
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    public void dismissChange() {
        changeNotice.set(null);
    }

    /** Opens a closed recovery again; one ended by a check-in with soreness 0 is refused, saying what to do instead. */
    public CompletableFuture<Void> reopen(RecoveryRow row) {
        if (row == null || row.isOpen()) {
            return CompletableFuture.completedFuture(null);
        }
        return async.chain(() -> journal.reopen(row.id()), reopened -> afterChange.apply(reopened.id()),
                failure -> dialogs.showError(texts.getString("journal.reopen.refused"), reason(failure)));
    }

    /** Asks first; the recovery and its check-ins are deleted, and can be brought back with {@link #undoDelete}. */
    public CompletableFuture<Void> delete(RecoveryRow row) {
        if (row == null) {
            return CompletableFuture.completedFuture(null);
        }
        String what = MessageFormat.format(texts.getString("journal.deleteRecovery.what"), row.title(), row.started());
        if (!dialogs.confirm(texts.getString("journal.deleteRecovery.title"),
                MessageFormat.format(texts.getString("journal.deleteRecovery.message"), what),
                texts.getString("journal.deleteRecovery.action"))) {
            return CompletableFuture.completedFuture(null);
        }
        return async.chain(() -> journal.deleteRecovery(row.id()), deleted -> {
            lastDeleted = deleted;
            changeNotice.set(null);
            undoText.set(MessageFormat.format(texts.getString("journal.deleteRecovery.done"), what));
            return afterChange.apply(-1);
        }, failure -> dialogs.showError(texts.getString("journal.saveFailed"), reason(failure)));
    }

    public CompletableFuture<Void> undoDelete() {
        DeletedRecovery deleted = lastDeleted;
        if (deleted == null) {
            return CompletableFuture.completedFuture(null);
        }
        return async.chain(() -> journal.restoreRecovery(deleted), back -> {
            lastDeleted = null;
            undoText.set(null);
            return afterChange.apply(back.id());
        }, failure -> dialogs.showError(texts.getString("journal.saveFailed"), reason(failure)));
    }

    /**
     * "Add to calendar": the check-ins still due as an iCalendar file the person picks, for their calendar app to
     * remind them when this window is closed. The file names the massage and the times only.
     */
    public CompletableFuture<Void> addToCalendar(RecoveryRow row) {
        if (row == null || !row.isOpen()) {
            return CompletableFuture.completedFuture(null);
        }
        FileType ics = new FileType(texts.getString("journal.calendar.file"), List.of("*.ics"));
        Optional<Path> chosen = dialogs.chooseFileToSave(texts.getString("journal.calendar.title"),
                "check-in-reminders-" + row.id() + ".ics", ics);
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = chosen.get().toAbsolutePath();
        boolean replace = Files.exists(file);
        if (replace && !dialogs.confirm(texts.getString("journal.replace.title"),
                MessageFormat.format(texts.getString("journal.calendar.replace"), file.getFileName()),
                texts.getString("journal.replace.action"))) {
            return CompletableFuture.completedFuture(null);
        }
        return async.apply(() -> {
            var calendar = journal.reminders(row.id());
            SafeFile.writeText(file, replace, w -> w.write(calendar.ics()));
            return calendar.reminders().size();
        }, count -> dialogs.showInformation(texts.getString("journal.calendar.doneTitle"),
                MessageFormat.format(texts.getString("journal.calendar.done"), count, file)),
                failure -> dialogs.showError(texts.getString("journal.calendar.failed"), reason(failure)));
    }

    /**
     * "Save summary as PDF…": the recovery on one page for a therapist or doctor (the massage, the chart, every
     * check-in with its warnings, what was done, what to do next), drawn off the FX thread with the sheet's fonts.
     * A refusal or failure is said in a dialog and leaves no file.
     */
    public CompletableFuture<Void> saveSummary(RecoveryRow row) {
        if (row == null) {
            return CompletableFuture.completedFuture(null);
        }
        FileType pdf = new FileType(texts.getString("journal.summary.file"), List.of("*.pdf"));
        Optional<Path> chosen = dialogs.chooseFileToSave(texts.getString("journal.summary.title"),
                "recovery-summary-" + row.id() + ".pdf", pdf);
        if (chosen.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Path picked = chosen.get().toAbsolutePath();
        String name = picked.getFileName().toString();
        Path file = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? picked : picked.resolveSibling(name + ".pdf");
        boolean replace = Files.exists(file);
        if (replace && !dialogs.confirm(texts.getString("journal.replace.title"),
                MessageFormat.format(texts.getString("journal.summary.replace"), file.getFileName()),
                texts.getString("journal.replace.action"))) {
            return CompletableFuture.completedFuture(null);
        }
        summaryStatus.set(texts.getString("journal.summary.running"));
        return async.apply(() -> journal.summaries().write(row.id(), texts, file, replace),
                leftOut -> summaryStatus.set(MessageFormat.format(texts.getString("journal.summary.done"), file)
                        + (leftOut.isEmpty() ? "" : " " + MessageFormat.format(texts.getString("journal.summary.leftOut"),
                        String.join(", ", leftOut)))),
                failure -> {
                    summaryStatus.set(MessageFormat.format(texts.getString("journal.summary.failed"), reason(failure)));
                    dialogs.showError(texts.getString("journal.summary.failedTitle"), reason(failure));
                });
    }

    private String reason(Throwable failure) {
        return FailureText.sentence(failure, texts);
    }
}
