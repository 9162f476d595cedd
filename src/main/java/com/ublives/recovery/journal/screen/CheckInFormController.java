package com.ublives.recovery.journal.screen;

import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.DateField;
import com.ublives.recovery.ui.FormControls;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.FieldMarks;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.ResourceBundle;

/** Binds the check-in form (new or edited) to its view model; saving goes to the journal's view model. */
public final class CheckInFormController {

    private final JournalViewModel journal;
    private final CheckInFormViewModel model;

    @FXML private Label titleLabel;
    @FXML private Label whenLabel;
    @FXML private DatePicker datePicker;
    @FXML private ResourceBundle resources;
    @FXML private TextField timeField;
    @FXML private Button nowButton;
    @FXML private Label whenError;
    @FXML private Label sorenessLabel;
    @FXML private Slider sorenessSlider;
    @FXML private TextField sorenessField;
    @FXML private Label sorenessError;
    @FXML private ToggleGroup qualityGroup;
    @FXML private RadioButton achyButton;
    @FXML private RadioButton sharpButton;
    @FXML private VBox redFlagBoxes;
    @FXML private VBox didBoxes;
    @FXML private Label noteLabel;
    @FXML private TextArea noteArea;
    @FXML private Label noteError;
    @FXML private Button saveButton;
    @FXML private VBox form;

    public CheckInFormController(JournalViewModel journal) {
        this.journal = journal;
        this.model = journal.checkInForm();
    }

    @FXML
    private void initialize() {
        whenLabel.setLabelFor(datePicker);
        // Alt+N goes where the number is typed, as on the assessment (and where the form opens); the slider's
        // arrow keys are one Tab away
        sorenessLabel.setLabelFor(sorenessField);
        noteLabel.setLabelFor(noteArea);
        nowButton.setGraphic(Icons.of(Icons.NOW));
        saveButton.setGraphic(Icons.of(Icons.CHECK_IN));
        titleLabel.textProperty().bind(model.titleProperty());
        form.getChildren().add(1, FormControls.note(model.rulesNoteProperty(), "checkInRulesNote"));

        DateField.follow(datePicker, resources, model.unreadableDateProperty());
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        timeField.textProperty().bindBidirectional(model.timeProperty());
        sorenessSlider.valueProperty().bindBidirectional(model.sorenessProperty());
        sorenessField.textProperty().bindBidirectional(model.sorenessTextProperty());
        noteArea.textProperty().bindBidirectional(model.noteProperty());

        achyButton.setUserData(PainQuality.ACHY);
        sharpButton.setUserData(PainQuality.SHARP);
        FormControls.bindRadio(qualityGroup, model.qualityProperty(), List.of(achyButton, sharpButton));
        FormControls.tickBoxes(redFlagBoxes, model.redFlags(), "red-flag");
        // a box per plan item of the recovery the form is open on
        model.planItems().addListener((javafx.collections.ListChangeListener<com.ublives.recovery.ui.Choice>) change -> {
            didBoxes.getChildren().clear();
            FormControls.tickBoxes(didBoxes, model.planItems(), "did");
        });

        FormBindings.tabLeaves(noteArea);
        FormControls.enterActs(form, this::save);
        FieldMarks.mark(model.whenErrorProperty(), whenError, datePicker, timeField);
        FieldMarks.mark(model.sorenessErrorProperty(), sorenessError, sorenessField);
        FieldMarks.mark(model.noteErrorProperty(), noteError, noteArea);
    }

    void focusFirst() {
        sorenessField.requestFocus();
        sorenessField.selectAll();
    }

    @FXML
    private void wasNow() {
        model.wasNow();
    }

    @FXML
    private void save() {
        journal.saveCheckIn();
    }

    @FXML
    private void cancel() {
        journal.cancelForm();
    }
}
