package com.ublives.recovery.ui;

import com.ublives.recovery.App;
import com.ublives.recovery.Services;
import com.ublives.recovery.rules.MassageType;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Runs the real app (services, database, screens), fills the assessment the way a person would and
 * saves the screenshots in docs/. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1280x900x24" mvn -q -Pbench test-compile exec:java
 * -Dbench.main='com.ublives.recovery.ui.ScreenshotTour$Main' -Dexec.args="docs /tmp/ui-shots"}
 */
public class ScreenshotTour extends App {

    private static Path out;
    private Stage stage;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    /** A main apart from the Application subclass, so plain java on the classpath starts it too. */
    public static final class Main {
        public static void main(String[] args) throws IOException {
            out = Path.of(args.length > 0 ? args[0] : "docs");
            Files.createDirectories(out);
            Path data = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("recovery-shots");
            Application.launch(ScreenshotTour.class, "--data-dir", data.toString());
        }
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        super.start(primary);
    }

    @Override
    protected void servicesReady(Services services) {
        LocalDateTime massage = LocalDateTime.now().minusHours(30);
        // The first pulse creates the skins; nodes inside scroll panes can be looked up only after it.
        steps.add(() -> { });
        steps.add(() -> {
            // a typo holds back the plan, never a red flag's alert
            text("#sorenessField", "11");
            tick("#red-flag-calf-swelling");
            node("#showPlanButton", Button.class).fire();
        });
        steps.add(() -> save("screenshot-invalid.png"));
        steps.add(() -> {
            untick("#red-flag-calf-swelling");
            choose("deep-tissue");
            text("#sorenessField", "5");
            node("#datePicker", ComboBoxBase.class).setValue(massage.toLocalDate());
            text("#timeField", massage.toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")));
            tick("#factor-dehydrated");
            tick("#factor-little-rest");
            node("#showPlanButton", Button.class).fire();
        });
        steps.add(() -> save("screenshot-assessment.png"));
        steps.add(() -> {
            // one factor only keeps the band MODERATE, where blood thinners remove the percussion gun
            untick("#factor-little-rest");
            tick("#condition-blood-thinners");
            node("#why", TitledPane.class).setExpanded(true);
        });
        steps.add(() -> node("#planScroll", ScrollPane.class).setVvalue(1));
        steps.add(() -> save("screenshot-plan.png"));
        steps.add(() -> {
            node("#why", TitledPane.class).setExpanded(false);
            tick("#red-flag-calf-swelling");
            node("#planScroll", ScrollPane.class).setVvalue(0);
            node("#formScroll", ScrollPane.class).setVvalue(0.75);
        });
        steps.add(() -> save("screenshot-red-flag.png"));
        // the smallest size the window is meant to be usable at
        steps.add(() -> {
            stage.setWidth(1024);
            stage.setHeight(700);
        });
        steps.add(() -> save("screenshot-1024x700.png"));
        steps.add(Platform::exit);
        next();
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        step.run();
        // Let layout, CSS and the decorations settle before the next step or snapshot.
        PauseTransition settle = new PauseTransition(Duration.millis(700));
        settle.setOnFinished(e -> next());
        settle.play();
    }

    @SuppressWarnings("unchecked")
    private void choose(String id) {
        ComboBoxBase<MassageType> box = node("#massageBox", ComboBoxBase.class);
        javafx.scene.control.ComboBox<MassageType> combo = (javafx.scene.control.ComboBox<MassageType>) box;
        combo.setValue(combo.getItems().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow());
    }

    private void text(String query, String value) {
        node(query, TextField.class).setText(value);
    }

    private void tick(String query) {
        node(query, CheckBox.class).setSelected(true);
    }

    private void untick(String query) {
        node(query, CheckBox.class).setSelected(false);
    }

    private <T> T node(String query, Class<T> type) {
        return SceneShots.node(stage.getScene(), query, type);
    }

    private void save(String name) {
        SceneShots.save(stage.getScene(), out.resolve(name));
    }
}
