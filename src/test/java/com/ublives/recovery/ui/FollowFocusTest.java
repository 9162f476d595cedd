package com.ublives.recovery.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Tab below a scrolled form's fold brings the focused field into view, and back up again. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FollowFocusTest {

    private final VBox form = new VBox(8);
    private ScrollPane scroll;

    @Start
    void start(Stage stage) {
        for (int i = 0; i < 30; i++) {
            TextField field = new TextField();
            field.setId("field" + i);
            form.getChildren().add(field);
        }
        scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        FollowFocus.install(scroll);
        stage.setScene(new Scene(scroll, 300, 200));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void theFocusedFieldIsAlwaysInsideTheViewport(FxRobot robot) throws Exception {
        Node last = robot.lookup("#field29").query();
        robot.interact(last::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(last)).as("the last field, far below the fold, is scrolled into view").isTrue();
        assertThat(scroll.getVvalue()).isEqualTo(scroll.getVmax());

        Node first = robot.lookup("#field0").query();
        assertThat(shown(first)).isFalse();
        robot.interact(first::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(first)).as("and the first one again on the way back").isTrue();

        Node near = robot.lookup("#field2").query();
        double before = scroll.getVvalue();
        robot.interact(near::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(scroll.getVvalue()).as("a field already shown does not move the form").isEqualTo(before);
    }

    private boolean shown(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Bounds field = node.localToScene(node.getLayoutBounds());
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            return field.getMinY() >= view.getMinY() - 0.5 && field.getMaxY() <= view.getMaxY() + 0.5;
        }).get();
    }
}
