package com.ublives.recovery.ui.data;

import com.ublives.recovery.Services;
import com.ublives.recovery.bench.StartupProbe;
import com.ublives.recovery.ui.AppWindow;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;

import static com.ublives.recovery.ui.AppWindow.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app while its data folder opens: the assessment form is drawn meanwhile, but takes no input and
 * has no choices before the rule set is there; once it is, the same form is filled and enabled. A data folder
 * that fails to open still shows its message, with no form over it. The opening is held back by holding the
 * folder's opening turn (the lock file programs on one folder take turns at) from the test.
 */
@Tag("ui")
class OpeningScreensTest {

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
    void theAssessmentFormIsDrawnWhileTheDataOpensAndTakesInputOnlyOnceTheRulesAreThere() throws Exception {
        Services.open(dir).close(); // a later start: the folder and its rule set exist
        Node massageBox;
        try (FileChannel turn = FileChannel.open(dir.resolve("recovery.opening.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = turn.lock()) {
            window.start(dir);
            await(() -> robot.lookup("#massageBox").tryQuery().isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            massageBox = robot.lookup("#massageBox").query();
            assertThat(robot.lookup("#waitingNote").queryAs(Label.class).isVisible()).as("it still says it is opening").isTrue();
            assertThat(robot.lookup(".nav-item").tryQuery()).as("no screens before the data").isEmpty();
            assertThat(massageBox.isDisabled()).as("no input before the rules").isTrue();
            assertThat(robot.lookup("#sorenessSlider").query().isDisabled()).isTrue();
            assertThat(robot.lookup("#showPlanButton").query().isDisabled()).isTrue();
            assertThat(robot.lookup("#factorBoxes").queryAs(Parent.class).getChildrenUnmodifiable()).as("no choices before the rules").isEmpty();
            assertThat(((ComboBox<?>) massageBox).getItems()).isEmpty();
            assertThat(onFx(() -> StartupProbe.usable(massageBox.getScene()))).as("not usable yet").isFalse();
        }

        await(() -> robot.lookup(".nav-item").queryAllAs(ToggleButton.class).size() == 5);
        WaitForAsyncUtils.waitForFxEvents();
        Node now = robot.lookup("#massageBox").query();
        assertThat(now).as("the form drawn while waiting is the one in use").isSameAs(massageBox);
        assertThat(robot.lookup("#waitingNote").tryQuery()).isEmpty();
        assertThat(massageBox.isDisabled()).isFalse();
        assertThat(((ComboBox<?>) massageBox).getItems()).isNotEmpty();
        assertThat(robot.lookup("#factorBoxes").queryAs(Parent.class).getChildrenUnmodifiable()).isNotEmpty();
        assertThat(onFx(() -> StartupProbe.usable(massageBox.getScene()))).isTrue();
    }

    @Test
    void aDataFolderThatFailsToOpenShowsItsMessageWithNoFormOverIt() throws Exception {
        Services.open(dir).close();
        Files.write(dir.resolve("recovery.mv.db"), new byte[] {1, 2, 3});

        window.launch(dir);
        // no backup to offer: the message in the window, and the same in an alert
        await(() -> robot.lookup(".failure").tryQuery().isPresent() && robot.lookup(".dialog-pane").tryQuery().isPresent());
        // a few frames later, when the form would have been built while waiting, the message is still alone
        for (int i = 0; i < 5; i++) {
            robot.interact(javafx.application.Platform::requestNextPulse);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup(".failure-title").queryAs(Label.class).getText()).isEqualTo("Recovery Planner could not open your data");
        assertThat(robot.lookup(".failure-detail").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#massageBox").tryQuery()).as("no form over the message").isEmpty();
        assertThat(robot.lookup("#waitingNote").tryQuery()).isEmpty();
    }

    private <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
