package com.ublives.recovery.assess;

import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import com.ublives.recovery.rules.MassageType;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real assessment screen on the daylight-saving nights of Berlin, 2026: clocks went forward on
 * 29 March at 2:00 (2:00–2:59 do not exist) and back on 25 October at 3:00 (2:00–2:59 exist twice).
 * Each test opens the screen with its own fixed clock, as a person would on that day.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DaylightSavingScreensTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    private void openScreenAt(FxRobot robot, String now) {
        robot.interact(() -> {
            ResourceBundle texts = TestPlanner.texts();
            MainWindow window = new MainWindow(texts);
            window.addScreen(texts.getString("nav.assessment"), Icons.ASSESSMENT, AssessmentScreen.load(
                    TestPlanner.viewModel(TestPlanner.clockAt(LocalDateTime.parse(now))), texts));
            Scene scene = new Scene(window.root(), 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
            stage.setScene(scene);
            stage.sizeToScene();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void fillIn(FxRobot robot, String massage, String soreness, String date, String time) {
        // the massage box is not what these tests are about: choose it directly
        robot.interact(() -> {
            ComboBox<MassageType> box = robot.lookup("#massageBox").queryAs(ComboBox.class);
            box.setValue(box.getItems().stream().filter(t -> t.id().equals(massage)).findFirst().orElseThrow());
        });
        typeInto(robot, "#sorenessField", soreness);
        robot.interact(() -> robot.lookup("#datePicker").queryAs(DatePicker.class).setValue(LocalDate.parse(date)));
        typeInto(robot, "#timeField", time);
        robot.type(KeyCode.ENTER);
    }

    /** Focus and select the field as Tab would (a first click may only activate the window), then type. */
    private void typeInto(FxRobot robot, String field, String text) {
        TextField node = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> {
            node.requestFocus();
            node.selectAll();
        });
        robot.write(text);
        assertThat(node.getText()).isEqualTo(text);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aTimeInTheSpringGapGetsANoteNamingTheTimeUsedAndRealHours(FxRobot robot) {
        openScreenAt(robot, "2026-03-29T12:00");
        fillIn(robot, "deep-tissue", "5", "2026-03-29", "2:30");

        Label note = robot.lookup("#whenNote").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("2:30 does not exist on 29 March (clocks went forward); 3:30 was used.");
        // 3:30 summer time to noon: 8.5 hours, not the 9.5 a wall clock subtraction gives
        assertThat(text(robot, "#hoursLabel")).isEqualTo("8.5 h ago");
        assertThat(robot.lookup("#band-title").tryQuery()).isPresent();
    }

    @Test
    void aTimeThatExistsTwiceInAutumnIsTheFirstOneAndSaysSo(FxRobot robot) {
        openScreenAt(robot, "2026-10-25T12:00");
        fillIn(robot, "deep-tissue", "5", "2026-10-25", "2:30");

        assertThat(text(robot, "#whenNote"))
                .isEqualTo("2:30 comes twice on 25 October (clocks went back); the first one (UTC+02:00) was used.");
        assertThat(text(robot, "#hoursLabel")).isEqualTo("10.5 h ago");
    }

    @Test
    void seventyTwoRealHoursAcrossTheSpringNightAreNotPast72(FxRobot robot) {
        openScreenAt(robot, "2026-03-31T13:00");
        fillIn(robot, "deep-tissue", "5", "2026-03-28", "12:00");

        assertThat(text(robot, "#hoursLabel")).isEqualTo("72 h ago (about 3 days)");
        assertThat(robot.lookup("#status").query().getStyleClass()).contains("status-LONGER_THAN_EXPECTED");
        assertThat(robot.lookup("#whenNote").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void seventyThreeRealHoursAcrossTheAutumnNightArePast72(FxRobot robot) {
        openScreenAt(robot, "2026-10-27T12:00");
        fillIn(robot, "deep-tissue", "5", "2026-10-24", "12:00");

        assertThat(text(robot, "#hoursLabel")).isEqualTo("73 h ago (about 3 days)");
        assertThat(robot.lookup("#status").query().getStyleClass()).contains("status-PAST_72_HOURS");
        assertThat(text(robot, "#status")).startsWith("More than 72 hours have passed");
    }
}
