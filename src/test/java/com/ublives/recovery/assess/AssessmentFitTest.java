package com.ublives.recovery.assess;

import com.ublives.recovery.ui.FitCheck;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The assessment form and its plan at the window's smallest size (900×600), and "Show plan" in view. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AssessmentFitTest {

    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        ResourceBundle texts = TestPlanner.texts();
        MainWindow window = new MainWindow(texts);
        window.addScreen(texts.getString("nav.assessment"), Icons.ASSESSMENT,
                AssessmentScreen.load(TestPlanner.viewModel(), texts));
        scene = new Scene(window.root(), 900, 600);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        // the window takes the scene's size; setting the stage's own size would carry over to later test classes
        stage.sizeToScene();
        stage.show();
    }

    private List<String> problems(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(FitCheck.problems(scene.getRoot())));
        return found.get();
    }

    @SuppressWarnings("unchecked")
    private void fillIn(FxRobot robot, String massage, String soreness) {
        robot.interact(() -> {
            ComboBox<com.ublives.recovery.rules.MassageType> box = robot.lookup("#massageBox").queryAs(ComboBox.class);
            box.setValue(box.getItems().stream().filter(t -> t.id().equals(massage)).findFirst().orElseThrow());
            robot.lookup("#datePicker").queryAs(DatePicker.class).setValue(TestPlanner.NOW.toLocalDate().minusDays(1));
            robot.lookup("#timeField").queryAs(TextField.class).setText("06:00");
            robot.lookup("#sorenessField").queryAs(TextField.class).setText(soreness);
            robot.lookup("#showPlanButton").queryAs(javafx.scene.control.Button.class).fire();
        });
    }

    @Test
    void theEmptyFormFitsTheSmallestWindow(FxRobot robot) {
        assertThat(problems(robot)).isEmpty();
    }

    @Test
    void aPlanWithItsRulesFitsTheSmallestWindow(FxRobot robot) {
        fillIn(robot, "deep-tissue", "5");
        robot.interact(() -> {
            robot.lookup("#factor-dehydrated").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#condition-blood-thinners").queryAs(CheckBox.class).setSelected(true);
            robot.lookup("#why").queryAs(TitledPane.class).setExpanded(true);
        });
        assertThat(robot.lookup("#band-title").tryQuery()).isPresent();

        assertThat(problems(robot)).isEmpty();
    }

    @Test
    void aPlanBesideARedFlagFitsTheSmallestWindow(FxRobot robot) {
        fillIn(robot, "sports", "8");
        robot.interact(() -> robot.lookup("#red-flag-calf-swelling").queryAs(CheckBox.class).setSelected(true));
        assertThat(robot.lookup("#red-flag-alert").tryQuery()).isPresent();

        assertThat(problems(robot)).isEmpty();
    }

    @Test
    void showPlanIsInViewWithoutScrollingAt1280x800AndAtTheSmallestSize(FxRobot robot) {
        for (double[] size : new double[][] {{1280, 800}, {900, 600}}) {
            robot.interact(() -> {
                ResourceBundle texts = TestPlanner.texts();
                MainWindow window = new MainWindow(texts);
                window.addScreen(texts.getString("nav.assessment"), Icons.ASSESSMENT,
                        AssessmentScreen.load(TestPlanner.viewModel(), texts));
                scene = new Scene(window.root(), size[0], size[1]);
                scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
                stage.setScene(scene);
                stage.sizeToScene();
            });
            WaitForAsyncUtils.waitForFxEvents();
            Node button = robot.lookup("#showPlanButton").query();
            Bounds onScene = button.localToScene(button.getLayoutBounds());
            assertThat(onScene.getMaxY()).as("bottom of Show plan at %s×%s", size[0], size[1])
                    .isLessThanOrEqualTo(scene.getHeight());
            assertThat(button.isVisible()).isTrue();
        }
    }
}
