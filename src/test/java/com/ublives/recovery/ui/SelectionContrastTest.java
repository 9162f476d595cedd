package com.ublives.recovery.ui;

import com.ublives.recovery.settings.Theme;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Background;
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
 * The chosen row of a list reads at WCAG AA (4.5:1) in every theme, whether the list has the keyboard's focus
 * or not. The dark theme once drew a chosen client, while the focus was in the form beside the list, in its
 * light text on JavaFX's own light grey: unreadable. (ThemeContrastTest checks the theme's own colours; the
 * selection's colours come from JavaFX's Modena, so they are read here from the drawn cell.)
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SelectionContrastTest {

    private Scene scene;
    private ListView<String> list;
    private Button elsewhere;

    @Start
    void start(Stage stage) {
        list = new ListView<>();
        list.getItems().addAll("María José Fernández", "Zoë Łukasz-Müller");
        elsewhere = new Button("Save");
        scene = new Scene(new VBox(10, list, elsewhere), 300, 240);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theChosenRowReadsInEveryThemeWithAndWithoutTheFocus(FxRobot robot) throws Exception {
        List<String> faint = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            for (boolean focused : List.of(true, false)) {
                robot.interact(() -> {
                    Appearance look = new Appearance();
                    look.set(theme, 100);
                    look.apply(scene);
                    list.getSelectionModel().select(0);
                    (focused ? list : elsewhere).requestFocus();
                });
                WaitForAsyncUtils.waitForFxEvents();
                double ratio = WaitForAsyncUtils.asyncFx(this::chosenRowContrast).get();
                if (ratio < 4.5) {
                    faint.add(theme.code() + (focused ? ", focused" : ", focus elsewhere") + ": " + Math.round(ratio * 10) / 10.0 + ":1");
                }
            }
        }
        assertThat(faint).as("themes whose chosen row is below 4.5:1").isEmpty();
    }

    private double chosenRowContrast() {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        ListCell<?> cell = list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.isSelected() && !c.isEmpty()).findFirst().orElseThrow();
        Color text = (Color) cell.getTextFill();
        Background background = cell.getBackground();
        Color under = (Color) background.getFills().get(background.getFills().size() - 1).getFill();
        return contrast(text, under);
    }

    static double contrast(Color a, Color b) {
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
