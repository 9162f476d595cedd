package com.ublives.recovery.assess;

import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.FieldMarks;
import com.ublives.recovery.ui.FollowFocus;
import com.ublives.recovery.ui.DateField;
import com.ublives.recovery.ui.FormControls;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.Styles;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SearchableComboBox;

import java.util.List;
import java.util.ResourceBundle;

/** Binds the assessment form to its view model and delegates the commands; it decides nothing. */
public final class AssessmentController {

    private final AssessmentViewModel model;
    private final ResourceBundle texts;

    @FXML private javafx.scene.layout.HBox assessmentRoot;
    @FXML private Label massageLabel;
    @FXML private SearchableComboBox<MassageType> massageBox;
    @FXML private Label whenLabel;
    @FXML private DatePicker datePicker;
    @FXML private TextField timeField;
    @FXML private Button nowButton;
    @FXML private Label hoursLabel;
    @FXML private Label whenNote;
    @FXML private Label sorenessLabel;
    @FXML private Slider sorenessSlider;
    @FXML private TextField sorenessField;
    @FXML private Label sorenessWord;
    @FXML private ToggleGroup qualityGroup;
    @FXML private RadioButton achyButton;
    @FXML private RadioButton sharpButton;
    @FXML private VBox factorBoxes;
    @FXML private VBox redFlagBoxes;
    @FXML private VBox conditionBoxes;
    @FXML private javafx.scene.layout.FlowPane areaBoxes;
    @FXML private VBox planActions;
    @FXML private Button keepButton;
    @FXML private Button pdfButton;
    @FXML private Button printButton;
    @FXML private Label actionMessage;
    @FXML private Button showPlanButton;
    @FXML private Button resetButton;
    @FXML private ScrollPane formScroll;
    @FXML private ScrollPane planScroll;
    @FXML private StackPane planHolder;
    @FXML private Label planPlaceholder;

    private PlanView planView;

    public AssessmentController(AssessmentViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        // drawn while the data folder opens, the form takes no input until it has the rules' choices
        assessmentRoot.disableProperty().bind(model.readyProperty().not());
        massageLabel.setLabelFor(massageBox);
        whenLabel.setLabelFor(datePicker);
        sorenessLabel.setLabelFor(sorenessField);
        nowButton.setGraphic(Icons.of(Icons.NOW));
        showPlanButton.setGraphic(Icons.of(Icons.SHOW_PLAN));
        resetButton.setGraphic(Icons.of(Icons.RESET));

        massageBox.setItems(model.massageTypes());
        massageBox.setConverter(FormControls.byName(model.massageTypes(), MassageType::name));
        FormControls.promptWhenEmpty(massageBox);
        FormControls.windowKeysPassBy(massageBox);
        massageBox.valueProperty().bindBidirectional(model.massageProperty());

        DateField.follow(datePicker, texts, model.unreadableDateProperty());
        datePicker.valueProperty().bindBidirectional(model.massageDateProperty());
        timeField.textProperty().bindBidirectional(model.massageTimeProperty());
        hoursLabel.textProperty().bind(model.hoursTextProperty());
        whenNote.textProperty().bind(model.whenNoteProperty());
        whenNote.visibleProperty().bind(model.whenNoteProperty().isNotEmpty());
        whenNote.managedProperty().bind(whenNote.visibleProperty());

        sorenessSlider.valueProperty().bindBidirectional(model.sorenessProperty());
        sorenessField.textProperty().bindBidirectional(model.sorenessTextProperty());
        sorenessField.focusedProperty().addListener((obs, was, typing) -> model.sorenessTyping(typing));
        sorenessWord.textProperty().bind(model.sorenessWordProperty());
        Styles.toggle(sorenessSlider, "stale", !model.sorenessShownProperty().get());
        model.sorenessShownProperty().addListener((obs, was, shown) -> Styles.toggle(sorenessSlider, "stale", !shown));
        Styles.bindVariant(sorenessWord, "severity-", model.sorenessSeverityProperty());
        // the word's colour has a shape beside it: colour is never the only signal
        sorenessWord.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> Icons.of(Icons.severity(model.sorenessSeverityProperty().get())), model.sorenessSeverityProperty()));
        Styles.bindVariant(sorenessSlider, "severity-", model.sorenessSeverityProperty());

        achyButton.setUserData(PainQuality.ACHY);
        sharpButton.setUserData(PainQuality.SHARP);
        FormControls.bindRadio(qualityGroup, model.qualityProperty(), List.of(achyButton, sharpButton));

        FormControls.tickBoxes(factorBoxes, model.factors(), "factor");
        FormControls.tickBoxes(redFlagBoxes, model.redFlags(), "red-flag");
        FormControls.tickBoxes(conditionBoxes, model.conditions(), "condition");
        FormControls.tickBoxes(areaBoxes, model.areas(), "area");
        keepButton.setGraphic(Icons.of(Icons.JOURNAL));
        keepButton.setVisible(model.canKeep());
        keepButton.setManaged(model.canKeep());
        keepButton.disableProperty().bind(model.busyProperty());
        pdfButton.setGraphic(Icons.of(Icons.PDF));
        pdfButton.setVisible(model.canKeep());
        pdfButton.setManaged(model.canKeep());
        pdfButton.disableProperty().bind(model.busyProperty());
        printButton.setGraphic(Icons.of(Icons.PRINT));
        printButton.setVisible(model.canKeep());
        printButton.setManaged(model.canKeep());
        printButton.disableProperty().bind(model.busyProperty());
        // never a null text: a label's text is read by whoever looks at the plan (screen readers, tests)
        actionMessage.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> java.util.Objects.toString(model.actionMessageProperty().get(), ""), model.actionMessageProperty()));
        actionMessage.visibleProperty().bind(model.actionMessageProperty().isNotEmpty());
        actionMessage.managedProperty().bind(actionMessage.visibleProperty());

        FieldMarks.mark(massageBox, model.massageErrorProperty());
        FieldMarks.mark(sorenessField, model.sorenessErrorProperty());
        FieldMarks.mark(timeField, model.whenErrorProperty());
        FieldMarks.mark(datePicker, model.whenErrorProperty());

        FormControls.enterActs(formScroll, this::askForPlan);
        FollowFocus.install(formScroll);
        // below the heading: the sentence that says what a change of the rules in use took off the form
        ((VBox) formScroll.getContent()).getChildren().add(1, FormControls.note(model.rulesNoteProperty(), "rulesNote"));

        planView = new PlanView(texts);
        planHolder.getChildren().setAll(planView);
        model.planProperty().addListener(o -> showPlan());
        model.blockedMessageProperty().addListener(o -> showPlan());
        model.redFlagAlertsProperty().addListener(o -> showPlan());
        showPlan();
    }

    @FXML
    private void askForPlan() {
        model.showPlan();
        if (model.planProperty().get() != null) {
            planScroll.setVvalue(0);
        }
    }

    @FXML
    private void keepInJournal() {
        model.keepInJournal();
    }

    @FXML
    private void saveAsPdf() {
        model.saveAsPdf();
    }

    @FXML
    private void print() {
        model.print();
    }

    @FXML
    private void reset() {
        model.reset();
    }

    @FXML
    private void massageWasNow() {
        model.massageWasNow();
    }

    private void showPlan() {
        String blocked = model.blockedMessageProperty().get();
        planPlaceholder.setText(blocked != null ? blocked : texts.getString("plan.placeholder"));
        Styles.toggle(planPlaceholder, "blocked", blocked != null);
        planView.show(model.redFlagAlertsProperty().get(), model.planProperty().get(), planPlaceholder, planActions);
    }
}
