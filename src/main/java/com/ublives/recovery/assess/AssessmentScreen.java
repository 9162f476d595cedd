package com.ublives.recovery.assess;

import com.ublives.recovery.ui.Fxml;
import javafx.scene.Parent;

import java.util.ResourceBundle;

/** Loads the assessment screen (FXML + controller) around a view model. */
public final class AssessmentScreen {

    private AssessmentScreen() {
    }

    public static Parent load(AssessmentViewModel model, ResourceBundle texts) {
        return Fxml.load(AssessmentScreen.class, "Assessment.fxml", texts, new AssessmentController(model, texts)).root();
    }
}
