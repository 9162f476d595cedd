package com.ublives.recovery.ui;

import com.ublives.recovery.App;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The real app on a data folder as the person's own settings leave it (nothing seeded, nothing sized:
 * for a seeded window of a given size see {@link RealApp}), driven by a robot: the steps the data,
 * settings and start-up tests share.
 */
public final class AppWindow {

    public final FxRobot robot = new FxRobot();
    private Application app;

    public static void registerToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Starts the app on the folder and waits for its screens, its failure or its password dialog. */
    public void launch(Path dir) throws Exception {
        start(dir);
        await(() -> robot.lookup(".nav-item").tryQuery().isPresent() || robot.lookup(".failure").tryQuery().isPresent()
                || robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Starts the app on the folder and waits until its sidebar has every screen. */
    public void launchToScreens(Path dir) throws Exception {
        start(dir);
        await(() -> robot.lookup(".nav-item").queryAllAs(ToggleButton.class).size() == RealApp.SCREENS.size());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The sidebar entry with one of these titles (a screen's title in any language), or null while there is none. */
    public ToggleButton navEntry(String... titles) {
        List<String> wanted = List.of(titles);
        return FxWait.onFx(() -> robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream()
                .filter(b -> wanted.contains(b.getText())).findFirst().orElse(null));
    }

    /** Starts the app on the folder and returns at once, while it still opens its data. */
    public void start(Path dir) throws Exception {
        app = FxToolkit.setupApplication(App.class, "--data-dir", dir.toString());
    }

    /** Stops the app and closes every window it left. */
    public void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        closeWindowsLeft(robot);
    }

    /** Closes every window but the toolkit's own stage: dialogs and windows a test's app left open. */
    static void closeWindowsLeft(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w != FxToolkit.toolkitContext().getRegisteredStage())
                .forEach(w -> ((Stage) w).close()));
    }

    /** Types into the start's password dialog and presses Open. */
    public void typePassword(String text) {
        fill("#passwordField", text);
        robot.clickOn(button("Open"));
    }

    /** Sets a password field's text (the robot's typing depends on the keyboard layout). */
    public void fill(String query, String text) {
        await(() -> robot.lookup(query).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(query).queryAs(PasswordField.class).setText(text));
    }

    /** A dialog's button, once its dialog is showing (a button found while the dialog opens may have no scene yet). */
    public Button button(String text) {
        await(() -> shownButton(text) != null);
        WaitForAsyncUtils.waitForFxEvents();
        return shownButton(text);
    }

    private Button shownButton(String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text) && b.getScene() != null && b.getScene().getWindow() != null
                        && b.getScene().getWindow().isShowing())
                .findFirst().orElse(null);
    }

    /** Waits for the information alert with that title and closes it. */
    public void dismiss(String title) {
        await(() -> robot.lookup(".dialog-pane .header-panel .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> title.equals(l.getText())));
        robot.clickOn(button("OK"));
    }

    public static void await(BooleanSupplier condition) {
        FxWait.await(60, condition);
    }
}
