package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.i18n.Language;

import com.ublives.recovery.ui.FormControls;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.ui.FieldMarks;
import com.ublives.recovery.ui.WholeWords;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

import java.util.ResourceBundle;

/** Binds the client list and form to their view model; it decides nothing. */
public final class ClientsController {

    private final ClientsViewModel model;
    private final ClientHistoryViewModel history;
    private final ResourceBundle texts;

    @FXML private Label searchLabel;
    @FXML private TextField searchField;
    @FXML private ListView<Client> clientList;
    @FXML private Label formTitle;
    @FXML private Label clientNameLabel;
    @FXML private TextField clientNameField;
    @FXML private Label clientPhoneLabel;
    @FXML private TextField clientPhoneField;
    @FXML private Label clientEmailLabel;
    @FXML private TextField clientEmailField;
    @FXML private VBox conditionBoxes;
    @FXML private Label clientNotesLabel;
    @FXML private Label clientLanguageLabel;
    @FXML private javafx.scene.control.ComboBox<Language> clientLanguageBox;
    @FXML private TextArea clientNotesArea;
    @FXML private Button deleteButton;
    @FXML private Label clientMessage;
    @FXML private VBox historyCard;
    @FXML private Label historyTitle;
    @FXML private javafx.scene.layout.GridPane clientGrid;
    @FXML private ListView<ClinicSession> historyList;
    @FXML private Button openSessionButton;
    @FXML private Button deleteSessionButton;
    @FXML private Label historyMessage;

    public ClientsController(ClientsViewModel model, ClientHistoryViewModel history, ResourceBundle texts) {
        this.model = model;
        this.history = history;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(searchField);
        clientNameLabel.setLabelFor(clientNameField);
        clientPhoneLabel.setLabelFor(clientPhoneField);
        clientEmailLabel.setLabelFor(clientEmailField);
        clientNotesLabel.setLabelFor(clientNotesArea);
        clientLanguageLabel.setLabelFor(clientLanguageBox);

        searchField.textProperty().bindBidirectional(model.queryProperty());
        clientList.setItems(model.clients());
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(model.emptyListProperty());
        clientList.setPlaceholder(empty);
        clientList.setCellFactory(FormControls.wrappingCells(Client::name));
        // The list follows the view model; a list refresh (which clears the selection) must not clear the form.
        clientList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> selectInList(now));
        model.clients().addListener((ListChangeListener<Client>) change -> selectInList(model.selectedProperty().get()));

        // Down from the search goes into the list; Delete in the list asks to delete.
        searchField.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DOWN && !model.clients().isEmpty()) {
                clientList.requestFocus();
                if (clientList.getSelectionModel().isEmpty()) {
                    clientList.getSelectionModel().selectFirst();
                }
                key.consume();
            }
        });
        clientList.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.DELETE) {
                delete();
                key.consume();
            }
        });

        formTitle.textProperty().bind(model.formTitleProperty());
        clientNameField.textProperty().bindBidirectional(model.nameProperty());
        clientPhoneField.textProperty().bindBidirectional(model.phoneProperty());
        clientEmailField.textProperty().bindBidirectional(model.emailProperty());
        clientNotesArea.textProperty().bindBidirectional(model.notesProperty());
        // each language named in itself ("Deutsch"), as in Settings
        clientLanguageBox.getItems().setAll(Language.values());
        clientLanguageBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : language.locale().getDisplayLanguage(language.locale());
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        clientLanguageBox.valueProperty().bindBidirectional(model.languageProperty());
        FormControls.tickBoxes(conditionBoxes, model.conditions(), "client-condition");
        deleteButton.disableProperty().bind(model.editingStoredProperty().not());
        FieldMarks.message(clientMessage, model.messageProperty(), model.messageIsErrorProperty());
        FieldMarks.mark(clientNameField, model.nameErrorProperty());
        bindHistory();
    }

    /** The chosen client's sessions: Enter or a double click opens one, Delete asks to delete it. */
    private void bindHistory() {
        historyCard.visibleProperty().bind(model.editingStoredProperty());
        historyCard.managedProperty().bind(historyCard.visibleProperty());
        historyTitle.textProperty().bind(history.titleProperty());
        WholeWords.keep(historyTitle);
        WholeWords.column(clientGrid, 0);
        historyMessage.textProperty().bind(history.messageProperty());
        historyList.setItems(history.sessions());
        historyList.setPlaceholder(new Label(texts.getString("clinic.history.none")));
        historyList.setCellFactory(FormControls.wrappingCells(history::describe));
        historyList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> history.selectedProperty().set(now));
        history.selectedProperty().addListener((obs, old, now) -> {
            if (now == null) {
                historyList.getSelectionModel().clearSelection();
            } else if (!now.equals(historyList.getSelectionModel().getSelectedItem())) {
                historyList.getSelectionModel().select(now);
            }
        });
        historyList.setOnKeyPressed(key -> {
            if (key.getCode() == KeyCode.ENTER) {
                openSession();
                key.consume();
            } else if (key.getCode() == KeyCode.DELETE) {
                deleteSession();
                key.consume();
            }
        });
        historyList.setOnMouseClicked(click -> {
            if (click.getButton() == MouseButton.PRIMARY && click.getClickCount() == 2) {
                openSession();
            }
        });
        openSessionButton.disableProperty().bind(history.selectedProperty().isNull());
        deleteSessionButton.disableProperty().bind(history.selectedProperty().isNull());
    }

    @FXML
    private void openSession() {
        history.open();
    }

    @FXML
    private void deleteSession() {
        history.delete();
    }

    @FXML
    private void newClient() {
        clientList.getSelectionModel().clearSelection();
        model.newClient();
        clientNameField.requestFocus();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void delete() {
        model.delete();
    }

    private void selectInList(Client client) {
        if (client == null) {
            clientList.getSelectionModel().clearSelection();
        } else if (!client.equals(clientList.getSelectionModel().getSelectedItem())) {
            clientList.getSelectionModel().select(client);
        }
    }
}
