package com.ublives.recovery.ui.data;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;
import java.util.ResourceBundle;

/** The Backups… window of the Data menu: the backups, newest first, with Back up now and Restore…. */
public final class BackupsDialog {

    /** The root font size of theme.css at 100 % text size. */
    private static final double BASE_FONT = 13;

    private BackupsDialog() {
    }

    public static Stage show(Window owner, BackupsViewModel<?> model, ResourceBundle texts) {
        Label intro = new Label(model.intro());
        intro.setWrapText(true);
        // a wrapping label in a VBox keeps one line unless its height may grow
        intro.setMinHeight(Region.USE_PREF_SIZE);
        ListView<BackupsViewModel.Row> list = new ListView<>(model.rows());
        list.setId("backupsList");
        list.setAccessibleText(texts.getString("data.backups.title"));
        // rows wrap to the list's width: at 200 % text a row was wider than the window and scrolled sideways
        list.setCellFactory(com.ublives.recovery.ui.FormControls.wrappingCells(BackupsViewModel.Row::toString));
        list.setPlaceholder(new Label(texts.getString("data.backups.empty")));
        VBox.setVgrow(list, Priority.ALWAYS);

        Stage stage = new Stage();
        Button backUp = new Button(texts.getString("data.backUpNow"));
        backUp.setId("backUpNowButton");
        backUp.disableProperty().bind(model.busyProperty());
        backUp.setOnAction(e -> model.backUpNow());
        Button restore = new Button(texts.getString("data.restore"));
        restore.setId("restoreButton");
        restore.disableProperty().bind(model.busyProperty().or(list.getSelectionModel().selectedItemProperty().isNull()));
        // the dialog steps aside while the restore runs: the window behind it is rebuilt on the restored data
        restore.setOnAction(e -> {
            stage.hide();
            model.restore(list.getSelectionModel().getSelectedItem().backup(), stage::show);
        });
        Button close = new Button(texts.getString("data.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        for (Button button : List.of(backUp, restore, close)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, backUp, gap, restore, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox root = new VBox(12, intro, list, buttons);
        root.setPadding(new Insets(16));
        root.getStyleClass().add("backups-dialog");
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(texts.getString("data.backups.title"));
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        // 620×420 at 100 % text, larger with the text size (Settings): at 200 % its buttons were cut
        root.applyCss();
        double scale = Math.max(1, intro.getFont().getSize() / BASE_FONT);
        stage.setWidth(620 * scale);
        stage.setHeight(420 * scale);
        stage.setScene(scene);
        model.refresh();
        stage.show();
        return stage;
    }
}
