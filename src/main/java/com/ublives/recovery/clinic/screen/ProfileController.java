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

    @FXML private Label clinicNameLabel;
    @FXML private TextField clinicNameField;
    @FXML private Label addressLabel;
    @FXML private TextField clinicAddressField;
    @FXML private Label clinicPhoneLabel;
    @FXML private TextField clinicPhoneField;
    @FXML private Label clinicEmailLabel;
    @FXML private TextField clinicEmailField;
    @FXML private Label websiteLabel;
    @FXML private TextField clinicWebsiteField;
    @FXML private ImageView logoView;
    @FXML private Label noLogoLabel;
    @FXML private Button removeLogoButton;
    @FXML private Label therapistsLabel;
    @FXML private TextArea therapistsArea;
    @FXML private Label defaultPaperLabel;
    @FXML private ComboBox<Paper> defaultPaperBox;
    @FXML private Label footerLabel;
    @FXML private TextField footerField;
    @FXML private Button saveProfileButton;
    @FXML private Label profileMessage;

    public ProfileController(ProfileViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        clinicNameLabel.setLabelFor(clinicNameField);
        addressLabel.setLabelFor(clinicAddressField);
        clinicPhoneLabel.setLabelFor(clinicPhoneField);
        clinicEmailLabel.setLabelFor(clinicEmailField);
        websiteLabel.setLabelFor(clinicWebsiteField);
        therapistsLabel.setLabelFor(therapistsArea);
        defaultPaperLabel.setLabelFor(defaultPaperBox);
        footerLabel.setLabelFor(footerField);

        clinicNameField.textProperty().bindBidirectional(model.name());
        clinicAddressField.textProperty().bindBidirectional(model.address());
        clinicPhoneField.textProperty().bindBidirectional(model.phone());
        clinicEmailField.textProperty().bindBidirectional(model.email());
        clinicWebsiteField.textProperty().bindBidirectional(model.website());
        therapistsArea.textProperty().bindBidirectional(model.therapists());
        footerField.textProperty().bindBidirectional(model.footer());
        defaultPaperBox.getItems().setAll(model.papers());
        defaultPaperBox.setConverter(papers());
        defaultPaperBox.valueProperty().bindBidirectional(model.paper());
        FieldMarks.message(profileMessage, model.message(), model.messageIsError());
        saveProfileButton.disableProperty().bind(model.busy());
        marks.mark(clinicNameField, model.nameError());

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
