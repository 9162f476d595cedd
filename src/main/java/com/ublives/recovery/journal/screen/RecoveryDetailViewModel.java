package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.ChartData;
import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.journal.SoreAreas;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The recovery chosen on the dashboard: its check-ins and its chart, with other recoveries drawn
 * beside it for comparison. Loads run off the FX thread; a late answer for a recovery no longer
 * chosen is dropped.
 */
public final class RecoveryDetailViewModel {

    /** What a load brings back: the check-ins of the chosen recovery and the chart of it and the compared ones. */
    private record Loaded(List<CheckIn> checkIns, List<ChartData> charts) {
    }

    private final JournalService journal;
    private final BackgroundTasks tasks;
    // the chosen recovery's check-ins and charts: only the newest read is shown
    private final BackgroundTasks.Latest reads;
    private final RowPresenter rows;
    private final ChartPresenter charts;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<RecoveryRow> recovery = new ReadOnlyObjectWrapper<>(this, "recovery");
    private final ObservableList<CheckInRow> checkIns = FXCollections.observableArrayList();
    private final ObservableList<CheckInRow> tableRows = FXCollections.observableArrayList();
    private final ObservableList<ChartSeries> series = FXCollections.observableArrayList();
    private final ObservableList<CompareChoice> compareChoices = FXCollections.observableArrayList();
    private final List<Long> compared = new ArrayList<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private CheckIn lastDeleted;

    /** An area to keep the comparison to ("" for any area), with its name. */
    public record AreaFilter(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final List<AreaFilter> areaFilters = new ArrayList<>();
    /** The area the compared recoveries must have been sore in, or "" for any. */
    private String compareArea = "";
    /** Every recovery of the last {@link #show}, to choose the compared ones from again when the area changes. */
    private List<RecoveryRow> all = List.of();

    /** Another recovery that can be drawn beside the chosen one. */
    public record CompareChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }


    RecoveryDetailViewModel(JournalService journal, BackgroundTasks tasks, RowPresenter rows, ChartPresenter charts,
                            Consumer<Throwable> failed) {
        this.journal = journal;
        this.tasks = tasks;
        this.reads = tasks.latest();
        this.rows = rows;
        this.charts = charts;
        this.failed = failed;
        areaFilters.add(new AreaFilter("", rows.text("journal.compare.anyArea")));
        SoreAreas.IDS.forEach(id -> areaFilters.add(new AreaFilter(id, rows.areaName(id))));
    }

    /** The chosen recovery, or null when none is. */
    public ReadOnlyObjectProperty<RecoveryRow> recoveryProperty() { return recovery.getReadOnlyProperty(); }
    public ObservableList<CheckInRow> checkIns() { return checkIns; }
    /** What the table lists: the soreness at the end of the massage (0 h) when it was given, then each check-in. */
    public ObservableList<CheckInRow> tableRows() { return tableRows; }
    /** The chosen recovery first, then the compared ones. */
    public ObservableList<ChartSeries> series() { return series; }
    /** The other recoveries, to compare with; replaced only when they change, so ticks stay put. */
    public ObservableList<CompareChoice> compareChoices() { return compareChoices; }
    /** "Any area", then each area: what the comparison can be kept to. */
    public List<AreaFilter> areaFilters() { return List.copyOf(areaFilters); }

    /**
     * Keeps the recoveries offered for comparison to those sore in this area ("" or null: any). Compared ones
     * sore elsewhere are taken off the chart. The advice is the same for every area: this only narrows the view.
     */
    public CompletableFuture<Void> compareOnlyIn(String areaId) {
        compareArea = areaId == null ? "" : areaId;
        RecoveryRow row = recovery.get();
        if (row == null) {
            return CompletableFuture.completedFuture(null);
        }
        return offer(row) ? reload() : CompletableFuture.completedFuture(null);
    }

    /** Sets the choices to compare with; true when a compared recovery had to be taken off. */
    private boolean offer(RecoveryRow row) {
        List<CompareChoice> choices = row == null ? List.of() : all.stream().filter(r -> r.id() != row.id())
                .filter(r -> compareArea.isEmpty() || r.recovery().areas().contains(compareArea))
                .map(r -> new CompareChoice(r.id(), r.title() + ", " + rows.when(r.recovery().startedAt())))
                .toList();
        if (!choices.equals(compareChoices)) {
            compareChoices.setAll(choices);
        }
        return compared.removeIf(id -> choices.stream().noneMatch(c -> c.id() == id));
    }

    /** "Check-in of … deleted." while an undo is possible, else null. */
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }

    /** Shows a recovery (or none); the check-ins and chart are loaded when it is another one. */
    CompletableFuture<Void> show(RecoveryRow row, List<RecoveryRow> all) {
        RecoveryRow old = recovery.get();
        recovery.set(row);
        this.all = List.copyOf(all);
        offer(row);
        if (row == null) {
            reads.dropPending();
            checkIns.clear();
            tableRows.clear();
            series.clear();
            return CompletableFuture.completedFuture(null);
        }
        if (old != null && old.id() == row.id()) {
            return CompletableFuture.completedFuture(null);
        }
        compared.clear();
        return reload();
    }

    /** Draws these recoveries beside the chosen one. */
    public CompletableFuture<Void> compareWith(List<Long> recoveryIds) {
        compared.clear();
        compared.addAll(recoveryIds);
        return reload();
    }

    CompletableFuture<Void> reload() {
        RecoveryRow row = recovery.get();
        if (row == null) {
            return CompletableFuture.completedFuture(null);
        }
        List<Long> ids = new ArrayList<>();
        ids.add(row.id());
        ids.addAll(compared);
        return reads.apply(() -> {
            List<ChartData> data = new ArrayList<>();
            for (long id : ids) {
                data.add(journal.chart(id));
            }
            return new Loaded(data.get(0).checkIns(), data);
        }, loaded -> {
            checkIns.setAll(loaded.checkIns().stream().map(rows::checkInRow).toList());
            List<CheckInRow> table = new ArrayList<>(checkIns.size() + 1);
            CheckInRow start = rows.startRow(loaded.charts().get(0).recovery());
            if (start != null) {
                table.add(start);
            }
            table.addAll(checkIns);
            tableRows.setAll(table);
            series.setAll(loaded.charts().stream().map(charts::series).toList());
        }, failed);
    }

    /** Deletes a check-in at once; it can be brought back with {@link #undo} until the next change. */
    CompletableFuture<Void> delete(CheckInRow row, Supplier<CompletableFuture<Void>> then) {
        if (row.isStart()) {
            return CompletableFuture.completedFuture(null);
        }
        return tasks.chain(() -> journal.deleteCheckIn(row.id()), deleted -> {
            lastDeleted = deleted;
            undoText.set(MessageFormat.format(rows.texts().getString("journal.deleted"), row.when()));
            return then.get();
        }, failed);
    }

    CompletableFuture<Void> undo(Supplier<CompletableFuture<Void>> then) {
        CheckIn deleted = lastDeleted;
        if (deleted == null) {
            return CompletableFuture.completedFuture(null);
        }
        return tasks.chain(() -> journal.checkIn(new NewCheckIn(deleted.recoveryId(), deleted.at(), deleted.soreness(),
                deleted.quality(), deleted.redFlags(), deleted.note(), deleted.done())), result -> {
            dismissUndo();
            return then.get();
        }, failed);
    }

    public void dismissUndo() {
        lastDeleted = null;
        undoText.set(null);
    }
}
