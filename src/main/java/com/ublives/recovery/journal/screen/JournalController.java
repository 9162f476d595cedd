package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.ShortScroll;
import com.ublives.recovery.ui.Styles;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

/** Binds the journal screen to its view model and delegates every command; it decides nothing. */
public final class JournalController {

    /** The recovery list's width: as designed, and the least it keeps at the window's smallest size. */
    private static final double LIST_PREF = 330;
    private static final double LIST_MIN = 250;
    /** The most of the screen's height the reminders take before they scroll. */
    private static final double NOTICES_SHARE = 0.25;

    private final JournalViewModel model;
    private final ResourceBundle texts;
    private final Node massageForm;
    private final Node checkInForm;
    private final Runnable focusMassageForm;
    private final Runnable focusCheckInForm;
    private NoticeViews notices;
    private SorenessChart chart;
    private boolean syncingSelection;

    @FXML private BorderPane journalRoot;
    @FXML private Button logMassageButton;
    @FXML private Button importButton;
    @FXML private Button exportButton;
    @FXML private VBox noticeBox;
    @FXML private VBox bannerBox;
    @FXML private VBox overdueBox;
    @FXML private ListView<RecoveryRow> recoveryList;
    @FXML private StackPane rightPane;
    @FXML private ScrollPane detailPane;
    @FXML private Label selectHint;
    @FXML private VBox detailBox;
    @FXML private Label detailTitle;
    @FXML private Label detailStatus;
    @FXML private Button checkInButton;
    @FXML private Button closeButton;
    @FXML private Button reopenButton;
    @FXML private Button calendarButton;
    @FXML private javafx.scene.control.MenuButton recoveryMenu;
    @FXML private javafx.scene.control.MenuItem editMassageItem;
    @FXML private javafx.scene.control.MenuItem deleteRecoveryItem;
    @FXML private javafx.scene.control.MenuItem summaryItem;
    @FXML private Label summaryStatus;
    @FXML private Label detailAreas;
    @FXML private HBox changeBar;
    @FXML private Label changeLabel;
    @FXML private HBox recoveryUndoBar;
    @FXML private Label recoveryUndoLabel;
    @FXML private Label detailStarted;
    @FXML private Label detailSince;
    @FXML private Label detailDue;
    @FXML private VBox detailWarnings;
    @FXML private Label compareLabel;
    @FXML private CheckComboBox<RecoveryDetailViewModel.CompareChoice> compareBox;
    @FXML private Label areaFilterLabel;
    @FXML private javafx.scene.control.ComboBox<RecoveryDetailViewModel.AreaFilter> areaFilterBox;
    @FXML private StackPane chartHolder;
    @FXML private Button editButton;
    @FXML private Button deleteButton;
    @FXML private HBox undoBar;
    @FXML private Label undoLabel;
    @FXML private TableView<CheckInRow> checkInTable;

    JournalController(JournalViewModel model, ResourceBundle texts, Node massageForm, Runnable focusMassageForm,
                      Node checkInForm, Runnable focusCheckInForm) {
        this.model = model;
        this.texts = texts;
        this.massageForm = massageForm;
        this.checkInForm = checkInForm;
        this.focusMassageForm = focusMassageForm;
        this.focusCheckInForm = focusCheckInForm;
    }

    @FXML
    private void initialize() {
        logMassageButton.setGraphic(Icons.of(Icons.LOG_MASSAGE));
        importButton.setGraphic(Icons.of(Icons.IMPORT));
        exportButton.setGraphic(Icons.of(Icons.EXPORT));
        checkInButton.setGraphic(Icons.of(Icons.CHECK_IN));
        closeButton.setGraphic(Icons.of(Icons.CLOSE_RECOVERY));
        editButton.setGraphic(Icons.of(Icons.EDIT));
        deleteButton.setGraphic(Icons.of(Icons.DELETE));
        notices = new NoticeViews(texts, model::checkIn, model::close);
        // while the journal is on screen, its banners tell the reminders: nothing pops up over it
        InView.watch(bannerBox, model.inViewProperty());

        reopenButton.setGraphic(Icons.of(Icons.REOPEN));
        calendarButton.setGraphic(Icons.of(Icons.CALENDAR));
        summaryItem.setGraphic(Icons.of(Icons.PDF));
        summaryStatus.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> java.util.Objects.toString(
                model.actions().summaryStatusProperty().get(), ""), model.actions().summaryStatusProperty()));
        summaryStatus.visibleProperty().bind(summaryStatus.textProperty().isNotEmpty());
        summaryStatus.managedProperty().bind(summaryStatus.visibleProperty());
        editMassageItem.setGraphic(Icons.of(Icons.EDIT));
        deleteRecoveryItem.setGraphic(Icons.of(Icons.DELETE));
        showWhile(changeBar, changeLabel, model.actions().changeNoticeProperty());
        showWhile(recoveryUndoBar, recoveryUndoLabel, model.actions().undoTextProperty());

        bindDashboard();
        bindDetail();
        bindCheckIns();
        model.modeProperty().addListener((obs, old, mode) -> showMode(mode));
        showMode(model.modeProperty().get());
    }

    private void bindDashboard() {
        recoveryList.setItems(model.rows());
        // A refresh replaces the rows (and so the list's selection): mark the chosen recovery again.
        model.rows().addListener((ListChangeListener<RecoveryRow>) change -> selectInList(model.detail().recoveryProperty().get()));
        recoveryList.setCellFactory(list -> new RecoveryCell());
        // the list gives up some width where the window is small, so the chosen recovery keeps room
        journalRoot.widthProperty().addListener((obs, old, width) ->
                recoveryList.setPrefWidth(Math.max(LIST_MIN, Math.min(LIST_PREF, width.doubleValue() * 0.32))));
        // Rows wrap to the list's width; when it changes, they are laid out again.
        recoveryList.widthProperty().addListener(o -> recoveryList.refresh());
        Label placeholder = new Label();
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("placeholder");
        placeholder.textProperty().bind(model.messageProperty());
        recoveryList.setPlaceholder(placeholder);
        recoveryList.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (!syncingSelection && row != null) {
                model.select(row);
            }
        });
        // Enter on a recovery opens its check-in: the most common thing to do with it.
        recoveryList.setOnKeyPressed(key -> {
            RecoveryRow row = recoveryList.getSelectionModel().getSelectedItem();
            if (key.getCode() == KeyCode.ENTER && row != null && row.isOpen()) {
                key.consume();
                model.checkIn(row.id());
            }
        });
        rebuild(bannerBox, model.banners(), notices::banner);
        rebuild(overdueBox, model.overdue(), notices::overdue);
        // many reminders, or large text: they scroll in a strip and leave the journal most of the screen
        VBox top = (VBox) noticeBox.getParent();
        ShortScroll strip = new ShortScroll(noticeBox, journalRoot.heightProperty(), NOTICES_SHARE);
        strip.visibleProperty().bind(bannerBox.visibleProperty().or(overdueBox.visibleProperty()));
        strip.managedProperty().bind(strip.visibleProperty());
        top.getChildren().set(top.getChildren().indexOf(noticeBox), strip);
    }

    /** A bar with a text, shown while the text is there. */
    private static void showWhile(HBox bar, Label label, javafx.beans.property.ReadOnlyStringProperty text) {
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> java.util.Objects.toString(text.get(), ""), text));
        bar.visibleProperty().bind(text.isNotEmpty());
        bar.managedProperty().bind(text.isNotEmpty());
    }

    private static void rebuild(VBox box, ObservableList<Notice> list, Function<Notice, Node> view) {
        Runnable apply = () -> {
            box.getChildren().setAll(list.stream().map(view).toList());
            box.setVisible(!list.isEmpty());
            box.setManaged(!list.isEmpty());
        };
        list.addListener((ListChangeListener<Notice>) change -> apply.run());
        apply.run();
    }

    private void bindDetail() {
        chart = new SorenessChart(texts);
        chart.setId("sorenessChart");
        chartHolder.getChildren().setAll(chart);
        model.detail().series().addListener((ListChangeListener<ChartSeries>) c -> chart.show(List.copyOf(model.detail().series())));

        compareLabel.setLabelFor(compareBox);
        compareBox.getItems().setAll(model.detail().compareChoices());
        model.detail().compareChoices().addListener((ListChangeListener<RecoveryDetailViewModel.CompareChoice>) c ->
                compareBox.getItems().setAll(model.detail().compareChoices()));
        compareBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<RecoveryDetailViewModel.CompareChoice>) c ->
                model.detail().compareWith(compareBox.getCheckModel().getCheckedItems().stream()
                        .map(RecoveryDetailViewModel.CompareChoice::id).toList()));

        areaFilterLabel.setLabelFor(areaFilterBox);
        areaFilterBox.getItems().setAll(model.detail().areaFilters());
        areaFilterBox.getSelectionModel().selectFirst();
        areaFilterBox.valueProperty().addListener((obs, old, area) -> model.detail().compareOnlyIn(area == null ? "" : area.id()));

        selectHint.textProperty().bind(model.detailHintProperty());
        model.detail().recoveryProperty().addListener((obs, old, row) -> showRecovery(row));
        showRecovery(model.detail().recoveryProperty().get());
    }

    private void showRecovery(RecoveryRow row) {
        selectHint.setVisible(row == null);
        selectHint.setManaged(row == null);
        detailBox.setVisible(row != null);
        detailBox.setManaged(row != null);
        if (row == null) {
            return;
        }
        selectInList(row);
        detailTitle.setText(row.title());
        detailStatus.setText(row.status());
        Styles.setVariant(detailStatus, "state-", row.statusId());
        detailStatus.setGraphic(Icons.of(Icons.status(row.statusId())));
        detailStarted.setText(row.started() + (row.recovery().therapist() == null ? "" : " \u00b7 " + row.recovery().therapist())
                + (row.recovery().place() == null ? "" : " \u00b7 " + row.recovery().place()));
        detailSince.setText(row.isOpen() ? row.since() + " \u00b7 " + row.soreness() : row.since());
        detailDue.setText(row.nextDue());
        detailDue.setVisible(row.isOpen());
        detailDue.setManaged(row.isOpen());
        Styles.toggle(detailDue, "overdue", row.overdue());
        detailDue.setGraphic(Icons.of(row.overdue() ? Icons.OVERDUE : Icons.DUE));
        detailWarnings.getChildren().setAll(row.warnings().stream().map(w -> WarningsCell.label(w, w.told())).toList());
        checkInButton.setDisable(!row.isOpen());
        closeButton.setDisable(!row.isOpen());
        closeButton.setVisible(row.isOpen());
        closeButton.setManaged(row.isOpen());
        reopenButton.setVisible(!row.isOpen());
        calendarButton.setVisible(row.isOpen());
        calendarButton.setManaged(row.isOpen());
        reopenButton.setManaged(!row.isOpen());
        detailAreas.setText(row.areas());
        detailAreas.setVisible(!row.areas().isEmpty());
        detailAreas.setManaged(!row.areas().isEmpty());
    }

    private void selectInList(RecoveryRow row) {
        if (row == null) {
            return;
        }
        syncingSelection = true;
        try {
            recoveryList.getItems().stream().filter(r -> r.id() == row.id()).findFirst()
                    .ifPresent(r -> recoveryList.getSelectionModel().select(r));
        } finally {
            syncingSelection = false;
        }
    }

    private void bindCheckIns() {
        CheckInTable.bind(checkInTable, model.detail().tableRows(), model::editCheckIn, model::deleteCheckIn);
        // the start row is the soreness logged with the massage, not a check-in: nothing to edit or delete
        Runnable noCheckIn = () -> {
            CheckInRow row = checkInTable.getSelectionModel().getSelectedItem();
            editButton.setDisable(row == null || row.isStart());
            deleteButton.setDisable(row == null || row.isStart());
        };
        checkInTable.getSelectionModel().selectedItemProperty().addListener(o -> noCheckIn.run());
        noCheckIn.run();

        undoLabel.textProperty().bind(model.detail().undoTextProperty());
        var noUndo = model.detail().undoTextProperty().isNull();
        undoBar.visibleProperty().bind(noUndo.not());
        undoBar.managedProperty().bind(noUndo.not());
    }

    private void showMode(JournalViewModel.Mode mode) {
        switch (mode) {
            case MASSAGE_FORM -> {
                rightPane.getChildren().setAll(massageForm);
                focusMassageForm.run();
            }
            case CHECK_IN_FORM -> {
                rightPane.getChildren().setAll(checkInForm);
                focusCheckInForm.run();
            }
            default -> rightPane.getChildren().setAll(detailPane);
        }
    }

    @FXML
    private void logMassage() {
        model.logMassage();
    }

    @FXML
    private void exportJournal() {
        model.transfer().export();
    }

    @FXML
    private void importJournal() {
        model.transfer().importFile();
    }

    @FXML
    private void checkIn() {
        RecoveryRow row = model.detail().recoveryProperty().get();
        if (row != null) {
            model.checkIn(row.id());
        }
    }

    @FXML
    private void closeRecovery() {
        RecoveryRow row = model.detail().recoveryProperty().get();
        if (row != null) {
            model.close(row.id());
        }
    }

    @FXML
    private void reopenRecovery() {
        model.actions().reopen(model.detail().recoveryProperty().get());
    }

    @FXML
    private void saveSummary() {
        model.actions().saveSummary(model.detail().recoveryProperty().get());
    }

    @FXML
    private void addToCalendar() {
        model.actions().addToCalendar(model.detail().recoveryProperty().get());
    }

    @FXML
    private void editMassage() {
        model.editMassage();
    }

    @FXML
    private void deleteRecovery() {
        model.actions().delete(model.detail().recoveryProperty().get());
    }

    @FXML
    private void undoDeleteRecovery() {
        model.actions().undoDelete();
    }

    @FXML
    private void dismissChange() {
        model.actions().dismissChange();
    }

    @FXML
    private void editCheckIn() {
        model.editCheckIn(checkInTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void deleteCheckIn() {
        model.deleteCheckIn(checkInTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void undo() {
        model.undoDelete();
    }
}
