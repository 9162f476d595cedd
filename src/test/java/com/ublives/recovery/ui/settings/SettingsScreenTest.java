package com.ublives.recovery.ui.settings;

import com.ublives.recovery.storage.SettingsFile;
import com.ublives.recovery.ui.AppWindow;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app on a data folder in a temp folder, driven from its Settings screen: theme, text size and
 * the clinic screens change the window at once, are written to the folder's settings.properties, and
 * hold when the app starts again; check-in hours that are not allowed are named and change nothing.
 */
@Tag("ui")
class SettingsScreenTest {

    @TempDir
    Path dir;

    private final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot;

    @BeforeAll
    static void toolkit() throws Exception {
        AppWindow.registerToolkit();
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    @Test
    void themeTextSizeAndClinicScreensApplyAtOnceAndHoldAfterARestart() throws Exception {
        window.launchToScreens(dir);
        openSettings();
        assertThat(background()).as("light").isEqualTo(Color.web("#f4f6f8"));
        assertThat(titleFontSize()).isEqualTo(20.0);

        robot.clickOn("#theme-dark");
        await(() -> Color.web("#15191d").equals(background()));
        assertThat(robot.lookup("#theme-dark").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();

        // the keyboard alone: the slider moves in steps of 10 %
        robot.interact(() -> robot.lookup("#textSizeSlider").query().requestFocus());
        for (int i = 0; i < 5; i++) {
            robot.type(KeyCode.RIGHT);
        }
        await(() -> "150 %".equals(robot.lookup("#textSizeValue").queryAs(Label.class).getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#textSizeSlider").query().isFocused()).as("the focus stays where the keys are pressed").isTrue();
        assertThat(titleFontSize()).isEqualTo(30.0);

        assertThat(window.navEntry("Clinic").isVisible()).isTrue();
        // at 150 % the box is below the fold: the keyboard's focus brings it into view
        Node box = onFx(() -> robot.lookup("#clinicShownBox").query());
        robot.interact(box::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(box);
        await(() -> !window.navEntry("Clinic").isVisible());

        await(() -> fileSays("theme", "dark") && fileSays("text.size", "150") && fileSays("screens.clinic", "hidden"));

        window.close();
        window.launchToScreens(dir);
        assertThat(window.navEntry("Clinic").isVisible()).as("hidden from the first frame").isFalse();
        openSettings();
        assertThat(background()).isEqualTo(Color.web("#15191d"));
        assertThat(titleFontSize()).isEqualTo(30.0);
        assertThat(robot.lookup("#clinicShownBox").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
    }

    @Test
    void checkInHoursThatAreNotAllowedAreNamedAndChangeNothing() throws Exception {
        window.launchToScreens(dir);
        openSettings();
        TextField hours = robot.lookup("#checkInHoursField").queryAs(TextField.class);
        assertThat(hours.getText()).isEqualTo("12, 24, 48, 72");

        robot.interact(() -> {
            hours.requestFocus();
            hours.setText("24, 12");
        });
        robot.type(KeyCode.ENTER);

        Label error = robot.lookup("#checkInHoursError").queryAs(Label.class);
        await(error::isVisible);
        assertThat(error.getText()).isEqualTo("24, 12 is not a list of check-in hours: type one to 8 whole numbers"
                + " from 1 to 168, each larger than the one before, e.g. 12, 24, 48, 72.");
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(SettingsFile.read(dir).get("reminders.check-in-hours")).isNull();

        robot.interact(() -> hours.setText("6,30"));
        robot.type(KeyCode.ENTER);
        await(() -> !error.isVisible());
        assertThat(hours.getText()).isEqualTo("6, 30");
        await(() -> fileSays("reminders.check-in-hours", "6, 30"));
    }

    private void openSettings() {
        robot.clickOn(window.navEntry("Settings"));
        await(() -> robot.lookup(".settings .screen-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The Settings screen's background as drawn: the theme's -rp-bg. */
    private Color background() {
        Region settings = robot.lookup(".settings").queryAs(ScrollPane.class);
        WaitForAsyncUtils.waitForFxEvents();
        return settings.getBackground() == null ? null : (Color) settings.getBackground().getFills().get(0).getFill();
    }

    private double titleFontSize() {
        Optional<Node> title = robot.lookup(".settings .screen-title").tryQuery();
        return title.map(n -> ((Label) n).getFont().getSize()).orElse(-1.0);
    }

    private boolean fileSays(String key, String value) {
        return Files.isRegularFile(dir.resolve(SettingsFile.NAME)) && value.equals(SettingsFile.read(dir).get(key));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> query) {
        return com.ublives.recovery.ui.FxWait.onFx(query);
    }

    private static void await(BooleanSupplier condition) {
        com.ublives.recovery.ui.FxWait.await(60, condition);
    }
}
