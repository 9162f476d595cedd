package com.ublives.recovery.assess;

import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the real assessment screen, in the main window with the theme, headless. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class AssessmentScreensTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        ResourceBundle texts = TestPlanner.texts();
        MainWindow window = new MainWindow(texts);
        window.addScreen(texts.getString("nav.assessment"), Icons.ASSESSMENT,
                AssessmentScreen.load(TestPlanner.viewModel(), texts));
        scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void chooseMassage(FxRobot robot, String typed) {
        robot.clickOn("#massageBox").write(typed).type(KeyCode.ENTER);
    }

    private void typeInto(FxRobot robot, String field, String text) {
        // the form may be scrolled down (the focus was below the fold): the focus brings the field back into view
        focus(robot, field);
        robot.doubleClickOn(field).eraseText(8).write(text);
    }

    /** Focuses a control that may lie below the visible part of the form, as Tab would. */
    private void focus(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void fillingTheAssessmentShowsTheRightBand(FxRobot robot) {
        chooseMassage(robot, "Deep");
        typeInto(robot, "#sorenessField", "5");
        typeInto(robot, "#timeField", "6:00");
        // yesterday, 06:00: the clock stands at 12:00, so 30 hours ago
        robot.interact(() -> robot.lookup("#datePicker").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(TestPlanner.NOW.toLocalDate().minusDays(1)));
        robot.clickOn("#timeField").type(KeyCode.ENTER);

        assertThat(text(robot, "#band-title")).isEqualTo("Usually eases within 24–48 h");
        assertThat(text(robot, "#severity")).isEqualTo("Soreness 5 of 10: moderate");
        assertThat(text(robot, "#status")).startsWith("On track");
        assertThat(text(robot, "#hoursLabel")).isEqualTo("30 h ago");
        assertThat(robot.lookup("#red-flag-alert").tryQuery()).isEmpty();
    }

    @Test
    void aChangeRebuildsOnlyThePartsOfThePlanItChanges(FxRobot robot) {
        chooseMassage(robot, "Swedish");
        typeInto(robot, "#sorenessField", "2");
        robot.type(KeyCode.ENTER);
        java.util.function.Predicate<Node> waterItem = n -> "item-FIRST_DAY-hydration.water".equals(n.getId());
        Node water = robot.lookup(waterItem).query();
        Node band = robot.lookup("#band-title").query();

        focus(robot, "#condition-pacemaker");
        robot.type(KeyCode.SPACE);

        // an unchanged line is the same node, still in the plan, with its text
        assertThat(robot.lookup(waterItem).queryAs(Node.class)).isSameAs(water);
        assertThat(water.getScene()).isSameAs(scene);
        assertThat(robot.from(water).lookup(".item-title").queryAs(Label.class).getText()).isEqualTo("Drink water");
        assertThat(robot.lookup("#band-title").queryAs(Node.class)).isSameAs(band);

        typeInto(robot, "#sorenessField", "8");
        robot.type(KeyCode.ENTER);

        // what changed is drawn anew, and nothing of the old band stays on screen
        assertThat(robot.lookup("#band-title").queryAll()).hasSize(1);
        assertThat(robot.lookup("#band-title").queryAs(Node.class)).isNotSameAs(band);
        assertThat(band.getScene()).isNull();
        assertThat(text(robot, "#severity")).isEqualTo("Soreness 8 of 10: severe");
    }

    @Test
    void tickingARedFlagShowsAnAlertSayingWhatToDo(FxRobot robot) {
        chooseMassage(robot, "Swedish");
        typeInto(robot, "#sorenessField", "2");
        focus(robot, "#red-flag-chest-pain-breathless");
        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#red-flag-chest-pain-breathless").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.type(KeyCode.ENTER);

        Node alert = robot.lookup("#red-flag-alert").query();
        assertThat(alert.isVisible()).isTrue();
        assertThat(robot.from(alert).lookup(".alert-heading").queryAs(Label.class).getText())
                .isEqualTo("Emergency: get help now");
        assertThat(robot.from(alert).lookup(".alert-action").queryAs(Label.class).getText())
                .contains("Call emergency services now");
        // the alert comes before everything else in the plan
        assertThat(alert.getParent().getChildrenUnmodifiable().get(0)).isSameAs(alert);
    }

    @Test
    void invalidInputIsMarkedOnTheFieldAndBlocksThePlan(FxRobot robot) {
        chooseMassage(robot, "Thai");
        typeInto(robot, "#sorenessField", "11");
        robot.type(KeyCode.ENTER);

        assertThat(robot.lookup("#band-title").tryQuery()).isEmpty();
        assertThat(text(robot, "#planPlaceholder")).startsWith("Fix the marked fields")
                .contains("Soreness must be a whole number from 0 to 10, got 11");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sorenessField").queryAs(TextField.class).getStyleClass()).contains("error");

        typeInto(robot, "#sorenessField", "6");
        assertThat(text(robot, "#band-title")).isEqualTo("Usually eases within 24–48 h");
        assertThat(robot.lookup("#sorenessField").queryAs(TextField.class).getStyleClass()).doesNotContain("error");
    }

    @Test
    void aTypoInSorenessNeverHidesTheRedFlagAlertNorMovesTheSlider(FxRobot robot) {
        chooseMassage(robot, "Deep");
        typeInto(robot, "#sorenessField", "2");
        focus(robot, "#red-flag-calf-swelling");
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        assertThat(robot.lookup("#band-title").tryQuery()).isPresent();

        typeInto(robot, "#sorenessField", "11");

        Node alert = robot.lookup("#red-flag-alert").query();
        assertThat(robot.from(alert).lookup(".alert-heading").queryAs(Label.class).getText()).isEqualTo("Get medical care today");
        assertThat(robot.from(alert).lookup(".alert-action").queryAs(Label.class).getText())
                .contains("get seen by a doctor today");
        // the plan is held back below the alert, which stays first
        assertThat(text(robot, "#planPlaceholder")).startsWith("Fix the marked fields").contains("got 11");
        assertThat(alert.getParent().getChildrenUnmodifiable().get(0)).isSameAs(alert);
        assertThat(robot.lookup("#band-title").tryQuery()).isEmpty();
        // the field says 11, the slider stays at the 2 it had, greyed: it never claims the 1 typed on the way
        assertThat(robot.lookup("#sorenessField").queryAs(TextField.class).getText()).isEqualTo("11");
        assertThat(robot.lookup("#sorenessSlider").queryAs(Slider.class).getValue()).isEqualTo(2.0);
        assertThat(robot.lookup("#sorenessSlider").query().getStyleClass()).contains("stale");
    }

    @Test
    void aRedFlagShowsItsAlertAtOnceEvenBeforeTheFormIsFilledIn(FxRobot robot) {
        focus(robot, "#red-flag-chest-pain-breathless");
        robot.type(KeyCode.SPACE);

        Node alert = robot.lookup("#red-flag-alert").query();
        assertThat(alert.isVisible()).isTrue();
        assertThat(robot.from(alert).lookup(".alert-action").queryAs(Label.class).getText()).contains("Call emergency services now");
        assertThat(text(robot, "#planPlaceholder")).startsWith("Your plan appears here");

        robot.type(KeyCode.SPACE);
        assertThat(robot.lookup("#red-flag-alert").tryQuery()).isEmpty();
    }

    @Test
    void thePlanNamesTheExpectedCourseAndTheSorenessWordOnlyBesideTheValue(FxRobot robot) {
        chooseMassage(robot, "Deep");
        typeInto(robot, "#sorenessField", "2");
        robot.type(KeyCode.ENTER);

        assertThat(text(robot, "#band-title")).isEqualTo("Usually eases within 24–48 h");
        assertThat(text(robot, "#severity")).isEqualTo("Soreness 2 of 10: mild");
        List<String> planTexts = robot.lookup("#planHolder .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(planTexts).noneMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("moderate"));
        assertThat(planTexts).filteredOn(t -> t.toLowerCase(java.util.Locale.ROOT).contains("mild"))
                .containsExactly("Soreness 2 of 10: mild");
    }

    @Test
    void withARedFlagWhatToDoNowComesFirstAndTheStatusIsNoReassurance(FxRobot robot) {
        chooseMassage(robot, "Deep");
        typeInto(robot, "#sorenessField", "2");
        focus(robot, "#red-flag-calf-swelling");
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);

        Node alert = robot.lookup("#red-flag-alert").query();
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(alert.getParent().getChildrenUnmodifiable().get(0)).isSameAs(alert);
        assertThat(status.localToScene(0, 0).getY()).isGreaterThan(alert.localToScene(0, alert.getLayoutBounds().getHeight()).getY());
        assertThat(status.getText()).doesNotStartWith("On track").contains("does not change the warning sign above");
        assertThat(status.getStyleClass()).contains("secondary");
        assertThat(text(robot, "#band-caption")).contains("the warning sign above comes first");
    }

    @Test
    void theMnemonicOnShowPlanAsksForThePlan(FxRobot robot) {
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);

        assertThat(text(robot, "#planPlaceholder")).contains("Choose the massage you had.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#massageBox").query().getStyleClass()).contains("error");
    }

    @Test
    void everyControlOfTheFormIsReachableWithTab(FxRobot robot) {
        robot.clickOn("#massageBox");
        Set<String> reached = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            Node owner = scene.getFocusOwner();
            for (Node n = owner; n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    reached.add(n.getId());
                    break;
                }
            }
            robot.type(KeyCode.TAB);
        }
        assertThat(reached).contains("massageBox", "datePicker", "timeField", "nowButton", "sorenessSlider",
                "sorenessField", "achyButton", "factor-dehydrated", "red-flag-fever", "condition-pacemaker",
                "showPlanButton", "resetButton");
        assertThat(List.copyOf(reached)).isNotEmpty();
    }
}
