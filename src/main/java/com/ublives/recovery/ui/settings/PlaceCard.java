package com.ublives.recovery.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The controls of "Where your data is": this computer or a clinic server, the server's address, user and
 * password, Test connection, Use this, Copy my data to the server, and the answer with Retry.
 */
final class PlaceCard {

    private final PlaceViewModel model;
    private final ResourceBundle texts;

    private PlaceCard(PlaceViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
    }

    static Node[] content(PlaceViewModel model, ResourceBundle texts) {
        return new PlaceCard(model, texts).build();
    }

    private Node[] build() {
        Label current = new Label(model.currentText());
        current.setId("dataLocation");
        current.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        RadioButton computer = new RadioButton(texts.getString("settings.data.thisComputer"));
        computer.setId("placeComputer");
        RadioButton server = new RadioButton(texts.getString("settings.data.server"));
        server.setId("placeServer");
        computer.setToggleGroup(group);
        server.setToggleGroup(group);
        (model.serverChosenProperty().get() ? server : computer).setSelected(true);
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one of the two is always chosen
            } else {
                model.serverChosenProperty().set(now == server);
            }
        });
        model.serverChosenProperty().addListener((obs, was, now) -> (now ? server : computer).setSelected(true));
        HBox choice = new HBox(18, computer, server);

        Node serverForm = serverForm();
        serverForm.visibleProperty().bind(model.serverChosenProperty());
        serverForm.managedProperty().bind(serverForm.visibleProperty());

        Button use = button("useDataPlace", "settings.data.use", model::use);
        use.getStyleClass().add("accent");
        Button copy = button("copyToServerButton", "settings.data.copy", model::copyToServer);
        // copying takes this computer's data: offered while the window works on it and a server is typed in
        copy.visibleProperty().bind(model.serverChosenProperty().and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !model.onServerNow())));
        copy.managedProperty().bind(copy.visibleProperty());
        copy.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(10, use, copy);
        actions.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label progress = new Label();
        progress.setId("placeProgress");
        progress.textProperty().bind(model.progressProperty());
        HBox working = new HBox(8, spinner, progress);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(model.busyProperty());
        working.managedProperty().bind(working.visibleProperty());

        Label answer = new Label();
        answer.setId("placeAnswer");
        answer.setWrapText(true);
        answer.textProperty().bind(model.answerProperty());
        answer.visibleProperty().bind(answer.textProperty().isNotEmpty());
        answer.managedProperty().bind(answer.visibleProperty());
        model.troubleProperty().addListener((obs, was, now) -> {
            answer.getStyleClass().removeAll("field-error", "place-done");
            answer.getStyleClass().add(now ? "field-error" : "place-done");
        });
        answer.getStyleClass().add(model.troubleProperty().get() ? "field-error" : "place-done");
        Button retry = button("retryPlace", "settings.data.retry", model::retry);
        retry.visibleProperty().bind(model.canRetryProperty().and(model.busyProperty().not()));
        retry.managedProperty().bind(retry.visibleProperty());

        // this computer's data while the window is on it: nothing to switch to
        use.disableProperty().bind(model.busyProperty().or(model.serverChosenProperty().not()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.onServerNow()))));
        return new Node[] {current, choice, serverForm, actions, working, answer, retry};
    }

    private Node serverForm() {
        TextField url = new TextField();
        url.setId("serverUrlField");
        url.setPromptText(texts.getString("settings.server.url.prompt"));
        url.textProperty().bindBidirectional(model.urlProperty());
        TextField user = new TextField();
        user.setId("serverUserField");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("serverPasswordField");
        password.textProperty().bindBidirectional(model.passwordProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("settings.server.url", url), url);
        grid.addRow(1, label("settings.server.user", user), user);
        grid.addRow(2, label("settings.server.password", password), password);
        GridPane.setHgrow(url, Priority.ALWAYS);

        CheckBox remember = new CheckBox(texts.getString("settings.server.remember"));
        remember.setId("rememberPasswordBox");
        remember.selectedProperty().bindBidirectional(model.rememberProperty());
        Label rememberHint = new Label(MessageFormat.format(texts.getString("settings.server.remember.hint"), model.passwordFile()));
        rememberHint.setWrapText(true);
        rememberHint.getStyleClass().add("hint");
        Button test = button("testConnectionButton", "settings.server.test", model::testConnection);
        test.disableProperty().bind(model.busyProperty());
        return new VBox(8, grid, remember, rememberHint, test);
    }

    private Label label(String key, Node field) {
        Label label = new Label(texts.getString(key));
        label.setLabelFor(field);
        label.setMnemonicParsing(true);
        return label;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(texts.getString(key));
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }
}
