package com.ublives.recovery.ui.settings;

import com.ublives.recovery.storage.SettingsFile;
import com.ublives.recovery.ui.SceneShots;
import com.ublives.recovery.ui.AppWindow;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A German window tells storage's trouble in German: the clinic server that cannot be reached, as the
 * Settings screen's "Test connection" finds it, names the server and what to check, in German. (The
 * screenshot, for docs, is written when -Dshots=DIR is given.)
 */
@Tag("ui")
class GermanWindowFailuresTest {

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
    void aServerThatCannotBeReachedIsToldInGerman() throws Exception {
        int nobody;
        try (ServerSocket free = new ServerSocket(0)) {
            nobody = free.getLocalPort();
        }
        Files.writeString(dir.resolve(SettingsFile.NAME), "language=de\n");
        window.launchToScreens(dir);

        robot.clickOn(robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream()
                .filter(b -> "Einstellungen".equals(b.getText())).findFirst().orElseThrow());
        await(() -> robot.lookup("#placeServer").tryQuery().isPresent());
        scrollDown();
        robot.clickOn("#placeServer");
        robot.interact(() -> {
            robot.lookup("#serverUrlField").queryAs(TextInputControl.class)
                    .setText("jdbc:postgresql://127.0.0.1:" + nobody + "/clinic?sslmode=disable");
            robot.lookup("#serverUserField").queryAs(TextInputControl.class).setText("desk");
        });
        scrollDown();
        robot.clickOn("#testConnectionButton");

        await(() -> robot.lookup("#placeAnswer").tryQuery().map(l -> !((Label) l).getText().isEmpty()).orElse(false));
        String answer = robot.lookup("#placeAnswer").queryAs(Label.class).getText();
        assertThat(answer).isEqualTo("Der Praxisserver 127.0.0.1:" + nobody + "/clinic ist nicht erreichbar: Prüfen Sie,"
                + " ob der Server läuft, ob Hostname und Port stimmen und ob das Netzwerk zwischen diesem Computer und"
                + " dem Server funktioniert.");

        String shots = System.getProperty("shots");
        if (shots != null) {
            scrollDown();
            robot.interact(() -> SceneShots.save(robot.lookup("#placeAnswer").query().getScene(),
                    Path.of(shots).resolve("screenshot-settings-server-unreachable-de.png")));
        }
    }

    private void scrollDown() {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".settings").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        com.ublives.recovery.ui.FxWait.await(30, condition);
    }
}
