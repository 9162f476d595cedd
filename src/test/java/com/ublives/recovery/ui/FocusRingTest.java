package com.ublives.recovery.ui;

import com.ublives.recovery.settings.Theme;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A focused main button (Show plan, Save, Check in) shows a ring a person can see, in every theme: going out
 * from its fill there is a line that stands apart from the fill and then a ring that stands apart from that
 * line, each at 3:1 (WCAG's contrast for what is not text). Once the ring was the fill's own colour.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FocusRingTest {

    private Scene scene;
    private Button main;

    @Start
    void start(Stage stage) {
        main = new Button("Show plan");
        main.getStyleClass().add("accent");
        Button other = new Button("Reset");
        VBox page = new VBox(20, main, other);
        page.getStyleClass().add("card"); // on a card's surface, as the screens' main buttons are
        page.setStyle("-fx-padding: 30px;");
        scene = new Scene(new javafx.scene.layout.StackPane(page), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theFocusedMainButtonHasAVisibleRingInEveryTheme(FxRobot robot) throws Exception {
        List<String> unseen = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                Appearance look = new Appearance();
                look.set(theme, 100);
                look.apply(scene);
                main.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            if (!ringAround(robot)) {
                unseen.add(theme.code());
            }
        }
        assertThat(unseen).as("themes whose focused main button shows no ring").isEmpty();
    }

    private boolean ringAround(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            WritableImage picture = scene.getRoot().snapshot(null, null);
            PixelReader pixels = picture.getPixelReader();
            Bounds at = main.localToScene(main.getLayoutBounds());
            int y = (int) Math.round(at.getCenterY());
            int x = (int) Math.round(at.getMinX()) + 6;
            Color fill = pixels.getColor(x, y);
            int edge = (int) Math.round(at.getMinX()) - 8;
            while (x > edge && contrast(pixels.getColor(x, y), fill) < 3) {
                x--;
            }
            Color line = pixels.getColor(x, y);
            while (x > edge && contrast(pixels.getColor(x, y), line) < 3) {
                x--;
            }
            return x > edge;
        }).get();
    }

    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }
}
