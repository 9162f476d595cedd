package com.ublives.recovery.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

import java.util.function.Supplier;

/** Dialogs as JavaFX alerts owned by the main window, so they stay on top of it and centred. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A wrapping label: long messages (a path, a database error) stay readable.
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(480);
        text.setPrefWidth(480);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
