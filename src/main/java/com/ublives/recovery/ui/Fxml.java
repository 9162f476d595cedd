package com.ublives.recovery.ui;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import java.io.IOException;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Loads a screen's FXML around the controller it is given (built by the screen with its view model, so
 * the FXML never builds one) and with the app's texts. The one FXML loader of the app.
 */
public final class Fxml {

    /** The loaded nodes, and the FXML's fx:id names (a screen may look for its default buttons there). */
    public record Loaded(Parent root, Map<String, Object> namespace) {
    }

    private Fxml() {
    }

    /** Loads the file that lies beside owner's class file; a missing or broken file is a bug of the build. */
    public static Loaded load(Class<?> owner, String file, ResourceBundle texts, Object controller) {
        FXMLLoader loader = new FXMLLoader(owner.getResource(file), texts);
        loader.setControllerFactory(type -> controller);
        try {
            Parent root = loader.load();
            return new Loaded(root, loader.getNamespace());
        } catch (IOException e) {
            // a screen that does not load is a broken build, never the person's doing: a bug, reported in English
            throw new IllegalStateException("Cannot load the screen " + owner.getPackageName() + "/" + file, e);
        }
    }
}
