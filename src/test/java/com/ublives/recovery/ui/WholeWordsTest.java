package com.ublives.recovery.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A wrapped text's pane keeps room for its widest word, and a word typed without spaces cannot take the screen. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WholeWordsTest {

    private Label title;
    private ListView<String> list;

    @Start
    void start(Stage stage) {
        title = WholeWords.keep(new Label("María José Fernández: Schwangerschaftsmassage"));
        list = new ListView<>();
        title.setFont(Font.font(26));
        list.setCellFactory(FormControls.wrappingCells(s -> s));
        list.getItems().setAll("Thai", "Erholungsverläufe");
        // both squeezed into 120 px: each keeps its least width
        stage.setScene(new Scene(new HBox(title, list), 120, 300));
        stage.show();
    }

    @Test
    void aLabelAndAListAreNeverNarrowerThanTheirWidestWord(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(title.getMinWidth()).isGreaterThanOrEqualTo(WholeWords.widestWord("Schwangerschaftsmassage", title.getFont()));
            assertThat(title.getWidth()).isGreaterThanOrEqualTo(title.getMinWidth());
            assertThat(list.getMinWidth()).isGreaterThan(WholeWords.widestWord("Erholungsverläufe", Font.getDefault()));
        });
    }

    @Test
    void aWordWithoutSpacesTakesAtMostSixteenEm(FxRobot robot) {
        String pasted = "x".repeat(400);
        robot.interact(() -> {
            title.setText(pasted);
            list.getItems().setAll(pasted);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            assertThat(title.getMinWidth()).isLessThanOrEqualTo(16 * 26 + title.snappedLeftInset() + title.snappedRightInset() + 1);
            assertThat(list.getMinWidth()).isLessThan(WholeWords.widestWord(pasted, Font.getDefault()) / 2);
        });
    }
}
