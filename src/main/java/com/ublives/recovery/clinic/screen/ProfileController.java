package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.ui.FieldMarks;
import com.ublives.recovery.ui.WholeWords;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.io.ByteArrayInputStream;

/** Binds the clinic profile form to its view model; it decides nothing. */
public final class ProfileController {

    private final ProfileViewModel model;

    @FXML private GridPane labelsGrid;
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
    @FXML private java.util.ResourceBundle resources;

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
        WholeWords.column(labelsGrid, 0);
        defaultPaperLabel.setLabelFor(defaultPaperBox);
        footerLabel.setLabelFor(footerField);

        clinicNameField.textProperty().bindBidirectional(model.nameProperty());
        clinicAddressField.textProperty().bindBidirectional(model.addressProperty());
        clinicPhoneField.textProperty().bindBidirectional(model.phoneProperty());
        clinicEmailField.textProperty().bindBidirectional(model.emailProperty());
        clinicWebsiteField.textProperty().bindBidirectional(model.websiteProperty());
        therapistsArea.textProperty().bindBidirectional(model.therapistsProperty());
        footerField.textProperty().bindBidirectional(model.footerProperty());
        defaultPaperBox.getItems().setAll(model.papers());
        defaultPaperBox.setConverter(papers(resources));
        defaultPaperBox.valueProperty().bindBidirectional(model.paperProperty());
        FieldMarks.message(profileMessage, model.messageProperty(), model.messageIsErrorProperty());
        saveProfileButton.disableProperty().bind(model.busyProperty());
        FieldMarks.mark(clinicNameField, model.nameErrorProperty());

        showLogo(model.logoProperty().get());
        model.logoProperty().addListener((obs, old, now) -> showLogo(now));
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

    static StringConverter<Paper> papers(java.util.ResourceBundle texts) {
        return new StringConverter<>() {
            @Override public String toString(Paper paper) {
                return paper == null ? "" : texts.getString("clinic.paper." + paper.name());
            }
            @Override public Paper fromString(String text) {
                return null;
            }
        };
    }
}
