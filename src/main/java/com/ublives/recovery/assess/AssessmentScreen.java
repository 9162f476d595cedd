package com.ublives.recovery.assess;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/** Loads the assessment screen (FXML + controller) around a view model. */
public final class AssessmentScreen {

    private AssessmentScreen() {
    }

    public static Parent load(AssessmentViewModel model, ResourceBundle texts) {
        FXMLLoader loader = new FXMLLoader(AssessmentScreen.class.getResource("Assessment.fxml"), texts);
        loader.setControllerFactory(type -> new AssessmentController(model, texts));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the assessment screen", e);
        }
    }
}
