package com.ublives.recovery.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowScreensTest {

    private MainWindow window;
    private Label first;
    private Label second;

    @Start
    void start(Stage stage) {
        first = new Label("first screen");
        second = new Label("second screen");
        window = new MainWindow(ResourceBundle.getBundle("i18n.messages"));
        stage.setScene(new Scene(window.root(), 1280, 800));
        stage.show();
    }

    private boolean showing(FxRobot robot, Label screen) {
        return robot.lookup(".content").queryAs(StackPane.class).getChildren().contains(screen);
    }

    @Test
    void theWindowSaysItIsOpeningTheDataUntilScreensJoin(FxRobot robot) {
        assertThat(robot.lookup(".waiting .label").queryAs(Label.class).getText()).isEqualTo("Opening your data…");
    }

    @Test
    void screensJoinWithOneCallAndTheFirstIsShown(FxRobot robot) {
        robot.interact(() -> {
            window.addScreen("First", Icons.ASSESSMENT, first);
            window.addScreen("Second", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE, second);
        });

        assertThat(robot.lookup(".nav-item").queryAllAs(ToggleButton.class)).extracting(ToggleButton::getText)
                .containsExactly("First", "Second");
        assertThat(showing(robot, first)).isTrue();

        robot.clickOn("Second");
        assertThat(showing(robot, second)).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        assertThat(showing(robot, first)).isTrue();

        robot.clickOn("First");
        assertThat(showing(robot, first)).as("clicking the selected entry keeps its screen").isTrue();
    }

    @Test
    void aLaterScreenIsBuiltOnceWhenTheWindowIsIdleOrWhenChosen(FxRobot robot) {
        AtomicInteger secondBuilt = new AtomicInteger();
        AtomicInteger thirdBuilt = new AtomicInteger();
        Label third = new Label("third screen");
        robot.interact(() -> {
            window.addScreen("First", Icons.ASSESSMENT, first);
            window.addScreen("Second", Icons.JOURNAL, () -> {
                secondBuilt.incrementAndGet();
                return second;
            });
            window.addScreen("Third", Icons.CLINIC, () -> {
                thirdBuilt.incrementAndGet();
                return third;
            });
        });
        // the entries are there at once; the screens behind them are not built yet
        assertThat(robot.lookup(".nav-item").queryAllAs(ToggleButton.class)).extracting(ToggleButton::getText)
                .containsExactly("First", "Second", "Third");
        assertThat(showing(robot, first)).isTrue();
        assertThat(secondBuilt.get() + thirdBuilt.get()).isZero();

        robot.clickOn("Third"); // chosen before the idle build reached it
        assertThat(showing(robot, third)).isTrue();
        assertThat(thirdBuilt.get()).isEqualTo(1);

        robot.interact(window::buildScreensWhenIdle);
        for (int i = 0; i < 100 && secondBuilt.get() == 0; i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(secondBuilt.get()).isEqualTo(1);
        assertThat(showing(robot, third)).as("building in the background does not switch screens").isTrue();

        robot.clickOn("Second");
        robot.clickOn("Third");
        robot.clickOn("Second");
        assertThat(showing(robot, second)).isTrue();
        assertThat(secondBuilt.get()).isEqualTo(1);
        assertThat(thirdBuilt.get()).isEqualTo(1);
    }

    @Test
    void aFailureIsShownInPlainWords(FxRobot robot) {
        robot.interact(() -> window.showFailure("The data folder /x could not be opened: disk full"));

        assertThat(robot.lookup(".failure-title").queryAs(Label.class).getText())
                .isEqualTo("Recovery Planner could not open your data");
        assertThat(robot.lookup(".failure-detail").queryAs(Label.class).getText()).contains("disk full");
    }

    @Test
    void tabReachesTheSidebarFromTheScreen(FxRobot robot) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField();
        javafx.scene.control.Button button = new javafx.scene.control.Button("Go");
        robot.interact(() -> {
            window.addScreen("First", Icons.ASSESSMENT, new javafx.scene.layout.VBox(8, field, button));
            window.addScreen("Second", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE, second);
        });
        robot.clickOn(field);
        java.util.Set<String> reached = new java.util.LinkedHashSet<>();
        for (int i = 0; i < 6; i++) {
            robot.type(KeyCode.TAB);
            javafx.scene.Node owner = field.getScene().getFocusOwner();
            reached.add(owner instanceof ToggleButton t ? t.getText() : String.valueOf(owner));
        }
        assertThat(reached).contains("First", "Second");
    }

    @Test
    void focusFollowsTheSelectionSoOneEntryLooksChosen(FxRobot robot) {
        robot.interact(() -> {
            window.addScreen("First", Icons.ASSESSMENT, first);
            window.addScreen("Second", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE, second);
        });
        robot.clickOn("Second");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);

        ToggleButton firstEntry = entry(robot, "First");
        assertThat(firstEntry.isSelected()).isTrue();
        assertThat(firstEntry.isFocused()).as("the chosen entry has the focus, not the one clicked before").isTrue();
    }

    @Test
    void everyEntryTellsItsShortcut(FxRobot robot) {
        robot.interact(() -> {
            window.addScreen("First", Icons.ASSESSMENT, first);
            window.addScreen("Second", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE, second);
        });

        assertThat(entry(robot, "Second").getTooltip().getText()).isEqualTo("Second (Ctrl+2)");
        Label hint = robot.lookup(".shortcut-hint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo("Ctrl+1 to Ctrl+2 switch screens");
    }

    private static ToggleButton entry(FxRobot robot, String title) {
        return robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().equals(title)).findFirst().orElseThrow();
    }
}
