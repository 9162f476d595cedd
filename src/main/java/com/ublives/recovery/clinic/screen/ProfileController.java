package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Paper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.util.StringConverter;

import java.io.ByteArrayInputStream;

/** Binds the clinic profile form to its view model; it decides nothing. */
public final class ProfileController {

    private final ProfileViewModel model;
    private final FieldMarks marks = new FieldMarks();

    @FXML private Label nameLabel;
    @FXML private TextField nameField;
    @FXML private Label addressLabel;
    @FXML private TextField addressField;
    @FXML private Label phoneLabel;
    @FXML private TextField phoneField;
    @FXML private Label emailLabel;
    @FXML private TextField emailField;
    @FXML private Label websiteLabel;
    @FXML private TextField websiteField;
    @FXML private ImageView logoView;
    @FXML private Label noLogoLabel;
    @FXML private Button removeLogoButton;
    @FXML private Label therapistsLabel;
    @FXML private TextArea therapistsArea;
    @FXML private Label paperLabel;
    @FXML private ComboBox<Paper> paperBox;
    @FXML private Label footerLabel;
    @FXML private TextField footerField;
    @FXML private Button saveButton;
    @FXML private Label messageLabel;

    public ProfileController(ProfileViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        nameLabel.setLabelFor(nameField);
        addressLabel.setLabelFor(addressField);
        phoneLabel.setLabelFor(phoneField);
        emailLabel.setLabelFor(emailField);
        websiteLabel.setLabelFor(websiteField);
        therapistsLabel.setLabelFor(therapistsArea);
        paperLabel.setLabelFor(paperBox);
        footerLabel.setLabelFor(footerField);

        nameField.textProperty().bindBidirectional(model.name());
        addressField.textProperty().bindBidirectional(model.address());
        phoneField.textProperty().bindBidirectional(model.phone());
        emailField.textProperty().bindBidirectional(model.email());
        websiteField.textProperty().bindBidirectional(model.website());
        therapistsArea.textProperty().bindBidirectional(model.therapists());
        footerField.textProperty().bindBidirectional(model.footer());
        paperBox.getItems().setAll(model.papers());
        paperBox.setConverter(papers());
        paperBox.valueProperty().bindBidirectional(model.paper());
        messageLabel.textProperty().bind(model.message());
        saveButton.disableProperty().bind(model.busy());
        marks.mark(nameField, model.nameError());

        showLogo(model.logo().get());
        model.logo().addListener((obs, old, now) -> showLogo(now));
    }

    @FXML
    private void chooseLogo() {
        model.chooseLogo();
    }

    @FXML
    private void removeLogo() {
        model.removeLogo();
    }

    @FXML
    private void save() {
        model.save();
    }

    private void showLogo(byte[] bytes) {
        logoView.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes)));
        noLogoLabel.setVisible(bytes == null);
        removeLogoButton.setDisable(bytes == null);
    }

    static StringConverter<Paper> papers() {
        return new StringConverter<>() {
            @Override public String toString(Paper paper) {
                return paper == null ? "" : paper == Paper.A4 ? "A4 (210 × 297 mm)" : "Letter (8.5 × 11 in)";
            }
            @Override public Paper fromString(String text) {
                return null;
            }
        };
    }
}
