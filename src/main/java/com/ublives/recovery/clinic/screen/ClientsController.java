package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.ui.FormControls;
import com.ublives.recovery.clinic.Client;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

import java.util.ResourceBundle;

/** Binds the client list and form to their view model; it decides nothing. */
public final class ClientsController {

    private final ClientsViewModel model;
    private final ResourceBundle texts;
    private final FieldMarks marks = new FieldMarks();

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
    @FXML private TextArea clientNotesArea;
    @FXML private Button deleteButton;
    @FXML private Label clientMessage;

    public ClientsController(ClientsViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
    }

    @FXML
    private void initialize() {
        searchLabel.setLabelFor(searchField);
        clientNameLabel.setLabelFor(clientNameField);
        clientPhoneLabel.setLabelFor(clientPhoneField);
        clientEmailLabel.setLabelFor(clientEmailField);
        clientNotesLabel.setLabelFor(clientNotesArea);

        searchField.textProperty().bindBidirectional(model.query());
        clientList.setItems(model.clients());
        clientList.setPlaceholder(new Label(texts.getString("clinic.clients.none")));
        clientList.setCellFactory(list -> new ListCell<>() {
            @Override protected void updateItem(Client client, boolean empty) {
                super.updateItem(client, empty);
                setText(empty || client == null ? null : client.name());
            }
        });
        // The list follows the view model; a list refresh (which clears the selection) must not clear the form.
        clientList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selected().set(now);
            }
        });
        model.selected().addListener((obs, old, now) -> selectInList(now));
        model.clients().addListener((ListChangeListener<Client>) change -> selectInList(model.selected().get()));

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

        formTitle.textProperty().bind(model.formTitle());
        clientNameField.textProperty().bindBidirectional(model.name());
        clientPhoneField.textProperty().bindBidirectional(model.phone());
        clientEmailField.textProperty().bindBidirectional(model.email());
        clientNotesArea.textProperty().bindBidirectional(model.notes());
        FormControls.tickBoxes(conditionBoxes, model.conditions(), "client-condition");
        deleteButton.disableProperty().bind(model.editingStored().not());
        clientMessage.textProperty().bind(model.message());
        marks.mark(clientNameField, model.nameError());
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
