package com.ublives.recovery.ui.data;

import com.ublives.recovery.App;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The real app on a data folder, driven by a robot: the steps the Data menu's tests share. */
final class DataWindow {

    final FxRobot robot = new FxRobot();
    private Application app;

    static void registerToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Starts the app on the folder and waits for its screens, its failure or its password dialog. */
    void launch(Path dir) throws Exception {
        start(dir);
        await(() -> robot.lookup(".nav-item").tryQuery().isPresent() || robot.lookup(".failure").tryQuery().isPresent()
                || robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts the app on the folder and returns at once, while it still opens its data. */
    void start(Path dir) throws Exception {
        app = FxToolkit.setupApplication(App.class, "--data-dir", dir.toString());
    }

    /** Stops the app and closes every window it left. */
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w != FxToolkit.toolkitContext().getRegisteredStage())
                .forEach(w -> ((Stage) w).close()));
    }

    /** Types into the start's password dialog and presses Open. */
    void typePassword(String text) {
        fill("#passwordField", text);
        robot.clickOn(button("Open"));
    }

    /** Sets a password field's text (the robot's typing depends on the keyboard layout). */
    void fill(String query, String text) {
        await(() -> robot.lookup(query).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(query).queryAs(PasswordField.class).setText(text));
    }

    /** A button of an alert or dialog pane, once it is there. */
    /** A dialog's button, once its dialog is showing (a button found while the dialog opens may have no scene yet). */
    Button button(String text) {
        await(() -> shownButton(text) != null);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return shownButton(text);
    }

    private Button shownButton(String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text) && b.getScene() != null && b.getScene().getWindow() != null
                        && b.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    /** Waits for the information alert with that title and closes it. */
    void dismiss(String title) {
        await(() -> robot.lookup(".dialog-pane .header-panel .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> title.equals(l.getText())));
        robot.clickOn(button("OK"));
    }

    static void await(BooleanSupplier condition) {
        com.ublives.recovery.ui.FxWait.await(30, condition);
    }
}
