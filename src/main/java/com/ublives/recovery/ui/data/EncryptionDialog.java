package com.ublives.recovery.ui.data;

import com.ublives.recovery.datafolder.EncryptionChange;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The small dialog of one encryption change of the Data menu: the current password (to change it or
 * turn it off), the new one twice (to turn it on or change it), what is wrong with them, and what is
 * being done while the change runs.
 */
public final class EncryptionDialog {

    private EncryptionDialog() {
    }

    /** The Data menu's entries for the changes that apply to the folder as it is open now. */
    public static List<MainWindow.MenuAction> menuActions(Window owner, EncryptionViewModel<?> model, ResourceBundle texts) {
        return model.offered().stream().map(change -> new MainWindow.MenuAction(
                "encryption" + change.name().charAt(0) + change.name().substring(1).toLowerCase(Locale.ROOT) + "Item",
                model.text(change, "menu"), () -> show(owner, model, change, texts))).toList();
    }

    public static Stage show(Window owner, EncryptionViewModel<?> model, EncryptionChange change, ResourceBundle texts) {
        model.reset();
        Label intro = wrapping(model.text(change, "intro"));
        PasswordField current = field("currentPasswordField");
        PasswordField fresh = field("newPasswordField");
        PasswordField again = field("newPasswordAgainField");
        GridPane fields = new GridPane();
        fields.setHgap(10);
        fields.setVgap(8);
        int row = 0;
        if (change.needsCurrent()) {
            fields.addRow(row++, new Label(texts.getString("data.encryption.current")), current);
        }
        if (change.needsNew()) {
            fields.addRow(row++, new Label(texts.getString("data.encryption.new")), fresh);
            fields.addRow(row, new Label(texts.getString("data.encryption.again")), again);
        }
        Label problem = wrapping("");
        problem.setId("encryptionProblem");
        problem.getStyleClass().add("form-problem");
        problem.textProperty().bind(model.problemProperty());
        hideWhenEmpty(problem);
        ProgressIndicator spinning = new ProgressIndicator();
        spinning.setMinSize(22, 22);
        spinning.setMaxSize(22, 22);
        Label progressText = wrapping("");
        progressText.setId("encryptionProgress");
        progressText.textProperty().bind(model.progressProperty());
        HBox progress = new HBox(10, spinning, progressText);
        progress.setAlignment(Pos.CENTER_LEFT);
        hideWhenEmpty(progress, progressText);

        Stage stage = new Stage();
        Button act = new Button(model.text(change, "action"));
        act.setId("encryptionAction");
        act.setDefaultButton(true);
        act.setOnAction(e -> {
            model.apply(change, current.getText().toCharArray(), fresh.getText().toCharArray(),
                    again.getText().toCharArray(), stage::hide);
            // the confirmation belongs to the main window, which may come up over this dialog when it closes
            if (stage.isShowing()) {
                stage.toFront();
            }
        });
        Button cancel = new Button(texts.getString("data.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.hide());
        for (Node off : List.of(act, cancel, fields)) {
            off.disableProperty().bind(model.busyProperty());
        }
        // the data folder is closed while the change runs: the dialog stays until the window can go on
        stage.setOnCloseRequest(e -> {
            if (model.busyProperty().get()) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            current.clear();
            fresh.clear();
            again.clear();
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, gap, act, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(12, intro, fields, problem, progress, buttons);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("encryption-dialog");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(model.text(change, "title"));
        Scene scene = new Scene(root, 520, Region.USE_COMPUTED_SIZE);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        // a message or the progress line appears below the fields: the dialog grows to show it whole
        problem.textProperty().addListener((obs, was, now) -> stage.sizeToScene());
        progressText.textProperty().addListener((obs, was, now) -> stage.sizeToScene());
        stage.show();
        Platform.runLater((change.needsCurrent() ? current : fresh)::requestFocus);
        return stage;
    }

    private static PasswordField field(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(22);
        return field;
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        // a wrapping label in a VBox keeps one line unless its height may grow
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void hideWhenEmpty(Node node) {
        hideWhenEmpty(node, (Label) node);
    }

    private static void hideWhenEmpty(Node node, Label text) {
        node.visibleProperty().bind(text.textProperty().isNotEmpty());
        node.managedProperty().bind(node.visibleProperty());
    }
}
