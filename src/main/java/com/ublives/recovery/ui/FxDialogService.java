package com.ublives.recovery.ui;

import javafx.application.Platform;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Dialogs as JavaFX alerts owned by the main window, so they stay on top of it and centred. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;
    // Choosers open where the person last was: logos and PDFs tend to live in one folder.
    private File lastFolder;

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

    @Override
    public boolean confirm(String title, String message, String action) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        // Cancel is the default: Enter on a dialog that deletes or replaces must not do it.
        alert.getButtonTypes().setAll(yes, ButtonType.CANCEL);
        alert.getDialogPane().lookupButton(yes).getStyleClass().add("danger");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, String action) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        lookOfOwner(dialog);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(420);
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        // a screen reader names the field by the dialog's title and reads the message as its help;
        // the message labels the field for the same reason (a field alone says only "password field")
        field.setAccessibleText(title);
        field.setAccessibleHelp(message);
        text.setLabelFor(field);
        VBox content = new VBox(10, text, field);
        dialog.getDialogPane().setContent(content);
        ButtonType open = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == open ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        Optional<char[]> typed = dialog.showAndWait();
        field.clear();
        return typed;
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        return remember(chooser.showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
        FileChooser chooser = chooser(title, List.of(type));
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser chooser = chooser(title, types);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().stream()
                .filter(filter -> SaveName.matches(suggestedName, filter.getExtensions()))
                .findFirst().ifPresent(chooser::setSelectedExtensionFilter);
        Optional<Path> chosen = remember(chooser.showSaveDialog(owner.get()));
        FileChooser.ExtensionFilter selected = chooser.getSelectedExtensionFilter();
        return selected == null ? chosen
                : chosen.map(path -> SaveName.fit(path, suggestedName, selected.getExtensions(), types));
    }

    @Override
    public boolean showPrintDialog(PrinterJob job) {
        return job.showPrintDialog(owner.get());
    }

    private FileChooser chooser(String title, List<FileType> types) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileType type : types) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.description(), type.patterns()));
        }
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File chosen) {
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }

    private void show(Alert.AlertType type, String title, String message) {
        alert(type, title, message).showAndWait();
    }

    /**
     * The main window's colours and text size (Settings) on the dialog: a dialog has a scene of its own, and
     * showed Modena's light colours at 100 % text over a dark window at 200 %.
     */
    private void lookOfOwner(Dialog<?> dialog) {
        Window window = owner.get();
        javafx.scene.Scene scene = dialog.getDialogPane().getScene();
        if (window != null && window.getScene() != null && scene != null) {
            scene.getStylesheets().setAll(window.getScene().getStylesheets());
        }
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        lookOfOwner(alert);
        // the kind's picture (a question mark, an error sign) beside the title: named by the title it marks
        alert.getDialogPane().graphicProperty().addListener((obs, was, picture) -> {
            if (picture != null) {
                picture.setAccessibleText(title);
            }
        });
        if (alert.getDialogPane().getGraphic() != null) {
            alert.getDialogPane().getGraphic().setAccessibleText(title);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A wrapping label: long messages (a path, a database error) stay readable.
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(480);
        text.setPrefWidth(480);
        alert.getDialogPane().setContent(text);
        return alert;
    }
}
