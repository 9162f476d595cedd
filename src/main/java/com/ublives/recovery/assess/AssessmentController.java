package com.ublives.recovery.assess;

import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.FormControls;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
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
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

import java.util.List;
import java.util.ResourceBundle;

/** Binds the assessment form to its view model and delegates the commands; it decides nothing. */
public final class AssessmentController {

    private final AssessmentViewModel model;
    private final ResourceBundle texts;
    // A red outline plus an icon whose tooltip says what is wrong.
    private final ValidationDecoration decoration = new CompoundValidationDecoration(
            new StyleClassValidationDecoration(), new GraphicValidationDecoration());

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
        massageLabel.setLabelFor(massageBox);
        whenLabel.setLabelFor(datePicker);
        sorenessLabel.setLabelFor(sorenessField);
        nowButton.setGraphic(Icons.of(Icons.NOW));
        showPlanButton.setGraphic(Icons.of(Icons.SHOW_PLAN));
        resetButton.setGraphic(Icons.of(Icons.RESET));

        massageBox.setItems(model.massageTypes());
        massageBox.setConverter(FormControls.byName(model.massageTypes(), MassageType::name));
        FormControls.promptWhenEmpty(massageBox);
        massageBox.valueProperty().bindBidirectional(model.massage());

        datePicker.setConverter(FormControls.lenientDates());
        datePicker.valueProperty().bindBidirectional(model.massageDate());
        timeField.textProperty().bindBidirectional(model.massageTime());
        hoursLabel.textProperty().bind(model.hoursText());
        whenNote.textProperty().bind(model.whenNote());
        whenNote.visibleProperty().bind(model.whenNote().isNotEmpty());
        whenNote.managedProperty().bind(whenNote.visibleProperty());

        sorenessSlider.valueProperty().bindBidirectional(model.soreness());
        sorenessField.textProperty().bindBidirectional(model.sorenessText());
        sorenessField.focusedProperty().addListener((obs, was, typing) -> model.sorenessTyping(typing));
        sorenessWord.textProperty().bind(model.sorenessWord());
        Styles.toggle(sorenessSlider, "stale", !model.sorenessShown().get());
        model.sorenessShown().addListener((obs, was, shown) -> Styles.toggle(sorenessSlider, "stale", !shown));
        Styles.bindVariant(sorenessWord, "severity-", model.sorenessSeverity());
        Styles.bindVariant(sorenessSlider, "severity-", model.sorenessSeverity());

        achyButton.setUserData(PainQuality.ACHY);
        sharpButton.setUserData(PainQuality.SHARP);
        FormControls.bindRadio(qualityGroup, model.quality(), List.of(achyButton, sharpButton));

        FormControls.tickBoxes(factorBoxes, model.factors(), "factor");
        FormControls.tickBoxes(redFlagBoxes, model.redFlags(), "red-flag");
        FormControls.tickBoxes(conditionBoxes, model.conditions(), "condition");

        markErrors(massageBox, model.massageError());
        markErrors(sorenessField, model.sorenessError());
        markErrors(timeField, model.whenError());
        markErrors(datePicker, model.whenError());

        FormControls.enterActs(formScroll, this::askForPlan);

        planView = new PlanView(texts);
        planHolder.getChildren().setAll(planView);
        model.plan().addListener(o -> showPlan());
        model.blockedMessage().addListener(o -> showPlan());
        model.redFlagAlerts().addListener(o -> showPlan());
        showPlan();
    }

    @FXML
    private void askForPlan() {
        model.showPlan();
        if (model.plan().get() != null) {
            planScroll.setVvalue(0);
        }
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
        String blocked = model.blockedMessage().get();
        planPlaceholder.setText(blocked != null ? blocked : texts.getString("plan.placeholder"));
        Styles.toggle(planPlaceholder, "blocked", blocked != null);
        planView.show(model.redFlagAlerts().get(), model.plan().get(), planPlaceholder);
    }

    /**
     * The view model judges the field and decides when its error shows; ControlsFX only draws it.
     * (ValidationSupport itself marks only controls whose value changed since it was registered,
     * so an untouched massage type would stay unmarked after "Show plan".)
     */
    private void markErrors(Control control, ObservableStringValue error) {
        error.addListener((obs, old, message) -> {
            decoration.removeDecorations(control);
            if (message != null) {
                decoration.applyValidationDecoration(ValidationMessage.error(control, message));
            }
        });
    }
}
