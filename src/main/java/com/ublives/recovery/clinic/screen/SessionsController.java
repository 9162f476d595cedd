package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.ui.FormControls;
import com.ublives.recovery.ui.DateField;
import com.ublives.recovery.ui.FieldMarks;
import com.ublives.recovery.ui.Icons;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import java.time.ZoneId;
import java.util.ResourceBundle;

/** Binds the session form and the day's list to their view model; it decides nothing. */
public final class SessionsController {


    private final SessionsViewModel model;
    private final ResourceBundle texts;
    private final ZoneId zone;
    private final ToggleGroup pressureGroup = new ToggleGroup();

    @FXML private Label sessionFormTitle;
    @FXML private Button recordButton;
    @FXML private VBox checkInsCard;
    @FXML private Label checkInsText;
    @FXML private Label clientLabel;
    @FXML private SearchableComboBox<Client> clientBox;
    @FXML private Label whenLabel;
    @FXML private DatePicker datePicker;
    @FXML private TextField timeField;
    @FXML private Button nowButton;
    @FXML private Label therapistLabel;
    @FXML private ComboBox<String> therapistBox;
    @FXML private Label massageLabel;
    @FXML private SearchableComboBox<MassageType> massageBox;
    @FXML private FlowPane pressureButtons;
    @FXML private TilePane areaBoxes;
    @FXML private Label sorenessLabel;
    @FXML private TextField sorenessField;
    @FXML private VBox factorBoxes;
    @FXML private Label sessionNotesLabel;
    @FXML private TextArea sessionNotesArea;
    @FXML private Label sessionMessage;
    @FXML private Label dayLabel;
    @FXML private DatePicker dayPicker;
    @FXML private ListView<ClinicSession> sessionList;
    @FXML private Button previewButton;
    @FXML private Button saveDayButton;
    @FXML private Button printDayButton;
    @FXML private HBox dayProgressRow;
    @FXML private ProgressBar dayProgressBar;
    @FXML private Label dayStatus;

    public SessionsController(SessionsViewModel model, ResourceBundle texts, ZoneId zone) {
        this.model = model;
        this.texts = texts;
        this.zone = zone;
    }

    @FXML
    private void initialize() {
        clientLabel.setLabelFor(clientBox);
        whenLabel.setLabelFor(datePicker);
        therapistLabel.setLabelFor(therapistBox);
        massageLabel.setLabelFor(massageBox);
        sorenessLabel.setLabelFor(sorenessField);
        sessionNotesLabel.setLabelFor(sessionNotesArea);
        dayLabel.setLabelFor(dayPicker);

        sessionFormTitle.textProperty().bind(model.formTitleProperty());
        recordButton.textProperty().bind(model.recordTextProperty());
        checkInsText.textProperty().bind(model.checkInsTextProperty());
        checkInsCard.visibleProperty().bind(model.checkInsTextProperty().isNotEmpty());
        checkInsCard.managedProperty().bind(checkInsCard.visibleProperty());

        clientBox.setItems(model.clients());
        clientBox.setConverter(converter(Client::name));
        clientBox.valueProperty().bindBidirectional(model.clientProperty());
        DateField.follow(datePicker, texts, model.unreadableDateProperty());
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        timeField.textProperty().bindBidirectional(model.timeProperty());
        therapistBox.setItems(model.therapists());
        therapistBox.getEditor().textProperty().bindBidirectional(model.therapistProperty());
        massageBox.setItems(model.massageTypes());
        massageBox.setConverter(converter(MassageType::name));
        massageBox.valueProperty().bindBidirectional(model.massageProperty());
        for (String id : model.pressures()) {
            RadioButton button = new RadioButton(model.pressureLabel(id));
            button.setId("pressure-" + id);
            button.setUserData(id);
            button.setToggleGroup(pressureGroup);
            pressureButtons.getChildren().add(button);
        }
        selectPressure(model.pressureProperty().get());
        model.pressureProperty().addListener((obs, old, now) -> selectPressure(now));
        pressureGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.pressureProperty().set((String) now.getUserData());
            }
        });
        FormControls.tickBoxes(areaBoxes, model.areas(), "area");
        FormControls.tickBoxes(factorBoxes, model.factors(), "factor");
        sorenessField.textProperty().bindBidirectional(model.sorenessProperty());
        sessionNotesArea.textProperty().bindBidirectional(model.notesProperty());
        FieldMarks.message(sessionMessage, model.messageProperty(), model.messageIsErrorProperty());
        nowButton.setGraphic(Icons.of(Icons.NOW));
        // after a session is recorded the boxes are empty again: they say what to choose, not nothing
        FormControls.promptWhenEmpty(clientBox);
        FormControls.promptWhenEmpty(massageBox);
        FormControls.windowKeysPassBy(clientBox);
        FormControls.windowKeysPassBy(massageBox);
        FieldMarks.mark(clientBox, model.clientErrorProperty());
        FieldMarks.mark(timeField, model.whenErrorProperty());
        FieldMarks.mark(massageBox, model.massageErrorProperty());
        FieldMarks.mark(sorenessField, model.sorenessErrorProperty());

        DateField.follow(dayPicker, texts, model.unreadableDayProperty());
        FieldMarks.mark(dayPicker, model.dayErrorProperty());
        dayPicker.valueProperty().bindBidirectional(model.dayProperty());
        model.dayProperty().addListener(o -> model.loadDay());
        sessionList.setItems(model.sessions());
        sessionList.setPlaceholder(new Label(texts.getString("clinic.sessions.dayEmpty")));
        sessionList.setCellFactory(FormControls.wrappingCells(this::describe));
        sessionList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedSessionProperty().set(now);
            }
        });
        model.selectedSessionProperty().addListener((obs, old, now) -> selectInList(now));
        // a reload replaces the items, which clears the list's selection: show the chosen session again
        model.sessions().addListener((ListChangeListener<ClinicSession>) change -> selectInList(model.selectedSessionProperty().get()));
        // Enter or a double click on a session opens its preview.
        sessionList.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                preview();
                key.consume();
            }
        });
        sessionList.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                preview();
            }
        });
        previewButton.disableProperty().bind(model.selectedSessionProperty().isNull());

        SheetOutput batch = model.batch();
        dayProgressRow.visibleProperty().bind(batch.runningProperty());
        dayProgressRow.managedProperty().bind(batch.runningProperty());
        dayProgressBar.progressProperty().bind(batch.progressProperty());
        saveDayButton.disableProperty().bind(batch.runningProperty());
        printDayButton.disableProperty().bind(batch.runningProperty());
        dayStatus.textProperty().bind(batch.statusProperty());
    }

    @FXML
    private void record() {
        model.record();
    }

    @FXML
    private void clear() {
        model.clearForm();
    }

    @FXML
    private void now() {
        model.now();
    }

    @FXML
    private void preview() {
        model.previewSelected();
    }

    @FXML
    private void saveDay() {
        model.saveDay();
    }

    @FXML
    private void printDay() {
        model.printDay();
    }

    @FXML
    private void cancel() {
        model.batch().cancel();
    }

    private String describe(ClinicSession s) {
        // two lines: the time and the client, then what was done
        StringBuilder text = new StringBuilder(Conventions.of(texts).time(s.startedAt().atZone(zone))).append("  ").append(s.client().name());
        MassageType type = model.massageTypes().stream().filter(t -> t.id().equals(s.massage())).findFirst().orElse(null);
        text.append('\n').append(type == null ? s.massage() : type.name());
        if (s.therapist() != null && !s.therapist().isBlank()) {
            text.append("  ·  ").append(s.therapist());
        }
        return text.toString();
    }

    private void selectInList(ClinicSession session) {
        if (session != null && !session.equals(sessionList.getSelectionModel().getSelectedItem())) {
            sessionList.getSelectionModel().select(session);
        }
    }

    private void selectPressure(String id) {
        pressureGroup.getToggles().stream().filter(t -> t.getUserData().equals(id)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> name) {
        return new StringConverter<>() {
            @Override public String toString(T value) { return value == null ? "" : name.apply(value); }
            @Override public T fromString(String text) { return null; }
        };
    }
}
