package com.ublives.recovery.assess;

import com.ublives.recovery.ui.Fxml;
import javafx.scene.Parent;

import java.time.Clock;
import java.util.ResourceBundle;

/** Loads the assessment screen (FXML + controller) around a view model. */
public final class AssessmentScreen {

    private AssessmentScreen() {
    }

    /** The screen and its view model, built before the rules: see {@link #waitingForRules}. */
    public record Built(AssessmentViewModel model, Parent root) {
    }

    public static Parent load(AssessmentViewModel model, ResourceBundle texts) {
        return Fxml.load(AssessmentScreen.class, "Assessment.fxml", texts, new AssessmentController(model, texts)).root();
    }

    /**
     * The window's form, built while the data folder opens (its FXML, controls and styles were most of the wait
     * after the data): disabled and without choices until {@link AssessmentViewModel#connect} gives it the rules
     * and the plan's actions.
     */
    public static Built waitingForRules(ResourceBundle texts, Clock clock) {
        AssessmentViewModel model = AssessmentViewModel.waitingForRules(texts, clock, true);
        return new Built(model, load(model, texts));
    }
}
