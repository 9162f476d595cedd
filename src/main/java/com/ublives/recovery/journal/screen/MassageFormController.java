package com.ublives.recovery.journal.screen;

import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.ui.DateField;
import com.ublives.recovery.ui.FormControls;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.FieldMarks;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

import java.util.ResourceBundle;

/** Binds "Log a massage" to its view model; saving and cancelling go to the journal's view model. */
public final class MassageFormController {

    private final JournalViewModel journal;
    private final MassageFormViewModel model;

    @FXML private Label massageLabel;
    @FXML private SearchableComboBox<MassageType> massageBox;
    @FXML private Label massageError;
    @FXML private Label whenLabel;
    @FXML private DatePicker datePicker;
    @FXML private TextField timeField;
    @FXML private Button nowButton;
    @FXML private Label whenError;
    @FXML private Label therapistLabel;
    @FXML private TextField therapistField;
    @FXML private Label therapistError;
    @FXML private Label placeLabel;
    @FXML private TextField placeField;
    @FXML private Label placeError;
    @FXML private Label sorenessLabel;
    @FXML private TextField sorenessField;
    @FXML private Label sorenessError;
    @FXML private VBox factorBoxes;
    @FXML private VBox conditionBoxes;
    @FXML private javafx.scene.layout.FlowPane areaBoxes;
    @FXML private Label titleLabel;
    @FXML private Label noteLabel;
    @FXML private TextArea noteArea;
    @FXML private Button saveButton;
    @FXML private VBox form;
    @FXML private ResourceBundle resources;

    public MassageFormController(JournalViewModel journal) {
        this.journal = journal;
        this.model = journal.massageForm();
    }

    @FXML
    private void initialize() {
        massageLabel.setLabelFor(massageBox);
        whenLabel.setLabelFor(datePicker);
        therapistLabel.setLabelFor(therapistField);
        placeLabel.setLabelFor(placeField);
        sorenessLabel.setLabelFor(sorenessField);
        noteLabel.setLabelFor(noteArea);
        nowButton.setGraphic(Icons.of(Icons.NOW));
        saveButton.setGraphic(Icons.of(Icons.LOG_MASSAGE));

        massageBox.setItems(model.massageTypes());
        massageBox.setConverter(FormControls.byName(model.massageTypes(), MassageType::name));
        FormControls.promptWhenEmpty(massageBox);
        FormControls.windowKeysPassBy(massageBox);
        massageBox.valueProperty().bindBidirectional(model.massageProperty());
        DateField.follow(datePicker, resources, model.unreadableDateProperty());
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        timeField.textProperty().bindBidirectional(model.timeProperty());
        therapistField.textProperty().bindBidirectional(model.therapistProperty());
        placeField.textProperty().bindBidirectional(model.placeProperty());
        sorenessField.textProperty().bindBidirectional(model.endSorenessProperty());
        noteArea.textProperty().bindBidirectional(model.noteProperty());
        FormControls.tickBoxes(factorBoxes, model.factors(), "factor");
        FormControls.tickBoxes(conditionBoxes, model.conditions(), "condition");
        FormControls.tickBoxes(areaBoxes, model.areas(), "area");
        titleLabel.textProperty().bind(model.titleProperty());
        form.getChildren().add(1, FormControls.note(model.rulesNoteProperty(), "massageRulesNote"));

        FormBindings.tabLeaves(noteArea);
        FormControls.enterActs(form, this::save);
        FieldMarks.mark(model.massageErrorProperty(), massageError, massageBox);
        FieldMarks.mark(model.whenErrorProperty(), whenError, datePicker, timeField);
        FieldMarks.mark(model.therapistErrorProperty(), therapistError, therapistField);
        FieldMarks.mark(model.placeErrorProperty(), placeError, placeField);
        FieldMarks.mark(model.sorenessErrorProperty(), sorenessError, sorenessField);
    }

    /** Puts the cursor in the first field when the form opens. */
    void focusFirst() {
        massageBox.requestFocus();
    }

    @FXML
    private void wasNow() {
        model.massageWasNow();
    }

    @FXML
    private void save() {
        journal.saveMassage();
    }

    @FXML
    private void cancel() {
        journal.cancelForm();
    }
}
