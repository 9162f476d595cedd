package com.ublives.recovery.journal.screen;

import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.journal.CheckInResult;
import com.ublives.recovery.journal.Dashboard;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.journal.RecoveryStatus;
import com.ublives.recovery.rules.InputError;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FailureText;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * The journal screen as state and commands: the dashboard (open recoveries first), the 72-hour
 * banners, the check-ins due, the chosen recovery, and the two forms. Every database call goes
 * through BackgroundTasks; results are applied on the FX thread. No nodes here.
 */
public final class JournalViewModel {

    /** What the right-hand side shows. */
    public enum Mode { DETAIL, MASSAGE_FORM, CHECK_IN_FORM }

    /** A person keeps a few dozen recoveries on the list; older closed ones stay in the export. */
    static final int CLOSED_SHOWN = 30;

    private final JournalService journal;
    private final ResourceBundle texts;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final BackgroundTasks tasks;
    // the dashboard is read on start, every minute and after each change: only the newest read is shown
    private final BackgroundTasks.Latest dashboardReads;
    private final RowPresenter presenter;
    private final RecoveryDetailViewModel detail;
    private final MassageFormViewModel massageForm;
    private final CheckInFormViewModel checkInForm;
    private final JournalTransferViewModel transfer;
    private final RecoveryActionsViewModel actions;

    private final ObservableList<RecoveryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Notice> banners = FXCollections.observableArrayList();
    private final ObservableList<Notice> overdue = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper detailHint = new ReadOnlyStringWrapper(this, "detailHint", "");
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.DETAIL);
    private final Set<String> notified = new HashSet<>();
    private final BooleanProperty inView = new SimpleBooleanProperty(this, "inView", false);

    public JournalViewModel(JournalService journal, PlannerService planner, BackgroundTasks tasks,
                            DialogService dialogs, Notifier notifier, ResourceBundle texts) {
        this.journal = journal;
        this.texts = texts;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.tasks = tasks;
        this.dashboardReads = tasks.latest();
        this.presenter = new RowPresenter(planner.ruleSet(), planner::spoken, texts, journal.clock().getZone());
        this.detail = new RecoveryDetailViewModel(journal, tasks, presenter, new ChartPresenter(presenter, texts),
                this::failedToRead);
        this.massageForm = new MassageFormViewModel(planner.ruleSet(), texts, journal.clock());
        this.checkInForm = new CheckInFormViewModel(planner.ruleSet(), texts, journal.clock(), journal::planItems);
        this.transfer = new JournalTransferViewModel(journal, tasks, dialogs, texts, this::refresh);
        this.actions = new RecoveryActionsViewModel(journal, tasks, dialogs, texts, this::afterChange);
        message.set(texts.getString("journal.loading"));
    }

    public ObservableList<RecoveryRow> rows() { return rows; }
    /** One banner per open recovery past 72 hours; it goes only when the person checks in to 0 or closes it. */
    public ObservableList<Notice> banners() { return banners; }
    public ObservableList<Notice> overdue() { return overdue; }
    /** Loading, empty or failure text for the list; null when the list has rows. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    /** What the detail side says while no recovery is chosen: how to start when there is none, else to choose one. */
    public ReadOnlyStringProperty detailHintProperty() { return detailHint.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Mode> modeProperty() { return mode.getReadOnlyProperty(); }
    public RecoveryDetailViewModel detail() { return detail; }
    public MassageFormViewModel massageForm() { return massageForm; }

    /** Other rules were put in use (issue 14): the two forms offer their massages, factors and signs. */
    public void useRules(com.ublives.recovery.rules.RuleSet rules) {
        massageForm.useRules(rules);
        checkInForm.useRules(rules);
    }
    public CheckInFormViewModel checkInForm() { return checkInForm; }
    /** Export and import of the whole journal. */
    public JournalTransferViewModel transfer() { return transfer; }
    /** Correcting, reopening and deleting a recovery as a whole. */
    public RecoveryActionsViewModel actions() { return actions; }

    /**
     * Reads the dashboard again as it stands now. Called on start, every minute, and after each change:
     * it raises the 72-hour banners and notifies each check-in due, once per recovery and mark.
     */
    public CompletableFuture<Void> refresh() {
        return dashboardReads.chain(() -> journal.dashboard(journal.clock().instant(), CLOSED_SHOWN), this::show,
                this::failedToRead);
    }

    private CompletableFuture<Void> show(Dashboard dashboard) {
        List<RecoveryRow> all = new ArrayList<>();
        List<Notice> newBanners = new ArrayList<>();
        List<Notice> newOverdue = new ArrayList<>();
        // Newest massage first among the open ones: the one a person is most likely checking in for.
        List<RecoveryStatus> open = new ArrayList<>(dashboard.open());
        Collections.reverse(open);
        for (RecoveryStatus s : open) {
            RecoveryRow row = presenter.row(s);
            all.add(row);
            if (row.past72Hours()) {
                Notice banner = presenter.banner(s);
                newBanners.add(banner);
                remind("72:" + row.id(), texts.getString("journal.notify.past72.title"), banner.text(), true);
            }
            // past 72 hours the banner asks for the check-in itself: one message per recovery, not two
            if (s.isCheckInOverdue() && !row.past72Hours()) {
                newOverdue.add(presenter.overdue(s));
                remind("due:" + row.id() + ":" + s.nextCheckIn().markHours(), texts.getString("journal.notify.due.title"),
                        MessageFormat.format(texts.getString("journal.notify.due.text"), row.title(),
                                s.nextCheckIn().markHours()), false);
            }
        }
        dashboard.closed().forEach(s -> all.add(presenter.row(s)));
        rows.setAll(all);
        banners.setAll(newBanners);
        overdue.setAll(newOverdue);
        message.set(all.isEmpty() ? texts.getString("journal.empty") : null);
        detailHint.set(texts.getString(all.isEmpty() ? "journal.start" : "journal.select"));
        RecoveryRow chosen = detail.recoveryProperty().get();
        RecoveryRow again = chosen == null ? (all.isEmpty() ? null : all.get(0)) : find(chosen.id());
        return detail.show(again, all);
    }

    /**
     * Tells a reminder once. While the journal is in view its banners and due lines say it already, so
     * nothing pops up over them or over a form being filled in; otherwise the notifier tries, and a
     * reminder it found no free place for is tried again at the next refresh.
     */
    private void remind(String key, String title, String text, boolean warning) {
        if (inView.get()) {
            notified.add(key);
        } else if (!notified.contains(key) && notifier.notify(title, text, warning)) {
            notified.add(key);
        }
    }

    /** Whether the journal screen is shown in the window now; the screen keeps it up to date. */
    public BooleanProperty inViewProperty() {
        return inView;
    }

    /** Chooses the recovery whose check-ins and chart are shown. */
    public CompletableFuture<Void> select(RecoveryRow row) {
        if (row == null) {
            return CompletableFuture.completedFuture(null);
        }
        mode.set(Mode.DETAIL);
        RecoveryRow shown = detail.recoveryProperty().get();
        if (shown == null || shown.id() != row.id()) {
            actions.dismissChange();
        }
        return detail.show(row, rows);
    }

    /** Reads the journal again and shows this recovery (one just kept from the plan screen). */
    public CompletableFuture<Void> open(long recoveryId) {
        mode.set(Mode.DETAIL);
        return refresh().thenCompose(ignored -> {
            RecoveryRow row = find(recoveryId);
            return row == null ? CompletableFuture.completedFuture(null) : detail.show(row, rows);
        });
    }

    public RecoveryRow find(long recoveryId) {
        return rows.stream().filter(r -> r.id() == recoveryId).findFirst().orElse(null);
    }

    public void logMassage() {
        massageForm.clear();
        mode.set(Mode.MASSAGE_FORM);
    }

    /** Opens the massage form filled with the chosen recovery's massage, to correct it. */
    public void editMassage() {
        RecoveryRow row = detail.recoveryProperty().get();
        if (row == null) {
            return;
        }
        massageForm.startEdit(row.recovery());
        mode.set(Mode.MASSAGE_FORM);
    }

    public CompletableFuture<Void> saveMassage() {
        NewRecovery draft = massageForm.draft();
        if (draft == null) {
            return CompletableFuture.completedFuture(null);
        }
        Recovery editing = massageForm.editing();
        if (editing != null) {
            return tasks.chain(() -> journal.editMassage(editing.id(), draft), edited -> {
                mode.set(Mode.DETAIL);
                detail.dismissUndo();
                CompletableFuture<Void> shown = afterChange(editing.id());
                actions.corrected(edited);
                return shown;
            }, failure -> refused(failure, massageForm::showRefusal));
        }
        return tasks.chain(() -> journal.addRecovery(draft), saved -> {
            mode.set(Mode.DETAIL);
            return afterChange(saved.id());
        }, failure -> refused(failure, massageForm::showRefusal));
    }

    /** Opens the check-in form for an open recovery (from its row or its banner). */
    public void checkIn(long recoveryId) {
        RecoveryRow row = find(recoveryId);
        if (row == null || !row.isOpen()) {
            return;
        }
        select(row);
        checkInForm.startNew(row.recovery(), row.latestSoreness());
        mode.set(Mode.CHECK_IN_FORM);
    }

    public void editCheckIn(CheckInRow row) {
        RecoveryRow recovery = detail.recoveryProperty().get();
        if (row == null || row.isStart() || recovery == null) {
            return;
        }
        checkInForm.startEdit(recovery.recovery(), row.checkIn());
        mode.set(Mode.CHECK_IN_FORM);
    }

    public CompletableFuture<Void> saveCheckIn() {
        NewCheckIn draft = checkInForm.draft();
        if (draft == null) {
            return CompletableFuture.completedFuture(null);
        }
        var editing = checkInForm.editing();
        return tasks.chain(() -> editing == null ? journal.checkIn(draft).checkIn()
                : journal.editCheckIn(editing.id(), draft), saved -> {
            mode.set(Mode.DETAIL);
            detail.dismissUndo();
            CompletableFuture<Void> shown = afterChange(saved.recoveryId());
            // A warning sign is told at once, in a modal alert, before anything else.
            boolean newFlags = editing == null || !new HashSet<>(editing.redFlags()).containsAll(saved.redFlags());
            if (saved.judgement().hasRedFlag() && newFlags) {
                dialogs.showError(texts.getString("journal.redFlag.title"),
                        presenter.redFlagAlert(saved.judgement().warnings()));
            }
            return shown;
        }, failure -> refused(failure, checkInForm::showRefusal));
    }

    public void cancelForm() {
        mode.set(Mode.DETAIL);
    }

    /** Asks first (closing cannot be undone); the recovery is closed only when the person confirms. */
    public CompletableFuture<Void> close(long recoveryId) {
        String title = rows.stream().filter(r -> r.id() == recoveryId).map(RecoveryRow::title).findFirst().orElse("");
        boolean sure = dialogs.confirm(texts.getString("journal.close.title"),
                MessageFormat.format(texts.getString("journal.close.message"), title),
                texts.getString("journal.close.action"));
        if (!sure) {
            return CompletableFuture.completedFuture(null);
        }
        return tasks.chain(() -> journal.close(recoveryId), closed -> afterChange(closed.id()), this::failedToSave);
    }

    public CompletableFuture<Void> deleteCheckIn(CheckInRow row) {
        RecoveryRow recovery = detail.recoveryProperty().get();
        return row == null || recovery == null ? CompletableFuture.completedFuture(null)
                : detail.delete(row, () -> afterChange(recovery.id()));
    }

    public CompletableFuture<Void> undoDelete() {
        RecoveryRow recovery = detail.recoveryProperty().get();
        return detail.undo(() -> afterChange(recovery == null ? -1 : recovery.id()));
    }

    /** After a change: the dashboard and the chosen recovery's check-ins are read again. */
    CompletableFuture<Void> afterChange(long recoveryId) {
        return refresh().thenCompose(ignored -> {
            RecoveryRow row = find(recoveryId);
            RecoveryRow shown = detail.recoveryProperty().get();
            return row != null && (shown == null || shown.id() != row.id()) ? detail.show(row, rows) : detail.reload();
        });
    }

    private void refused(Throwable failure, BiConsumer<String, String> onField) {
        if (failure instanceof InvalidInputException invalid) {
            for (InputError error : invalid.errors()) {
                onField.accept(error.input(), FailureText.field(error, texts));
            }
        } else {
            failedToSave(failure);
        }
    }

    private void failedToSave(Throwable failure) {
        dialogs.showError(texts.getString("journal.saveFailed"), FailureText.reason(failure, texts));
    }

    private void failedToRead(Throwable failure) {
        message.set(MessageFormat.format(texts.getString("journal.failed"), FailureText.reason(failure, texts)));
    }
}
