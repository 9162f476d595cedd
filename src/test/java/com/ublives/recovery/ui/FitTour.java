package com.ublives.recovery.ui;

import com.ublives.recovery.App;
import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.screen.ClinicScreenshotTour;
import com.ublives.recovery.journal.screen.JournalScreenshotTour;
import com.ublives.recovery.journal.screen.RecoveryRow;
import com.ublives.recovery.rules.MassageType;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Every screen of the real app, with data in it, at one window size: for looking at whether the
 * screens fit. Saves fit-WxH-screen.png files. Run under Xvfb with a screen at least that large:
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" mvn -q -Pbench test-compile exec:java
 * -Dbench.main='com.ublives.recovery.ui.FitTour$Main' -Dexec.args="/tmp/fit 900 600"}
 */
public class FitTour extends App {

    private static Path out;
    private static int width;
    private static int height;
    private Stage stage;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    public static final class Main {
        public static void main(String[] args) throws IOException {
            out = Path.of(args.length > 0 ? args[0] : "/tmp/fit");
            width = args.length > 1 ? Integer.parseInt(args[1]) : 900;
            height = args.length > 2 ? Integer.parseInt(args[2]) : 600;
            Files.createDirectories(out);
            Path data = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("fit-shots");
            try (Services services = Services.open(data)) {
                JournalScreenshotTour.seed(services.journal());
                ClinicScreenshotTour.seed(services.clinic());
            }
            Application.launch(FitTour.class, "--data-dir", data.toString());
        }
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        super.start(primary);
        stage.setWidth(width);
        stage.setHeight(height);
    }

    @Override
    protected void servicesReady(Services services) {
        steps.add(() -> { });
        steps.add(() -> save("assessment-empty"));
        steps.add(() -> {
            choose("deep-tissue");
            node("#sorenessField", TextField.class).setText("5");
            node("#timeField", TextField.class).setText("08:00");
            node("#datePicker", javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.now().minusDays(1));
            node("#showPlanButton", Button.class).fire();
        });
        steps.add(() -> save("assessment"));
        steps.add(() -> node("#why", TitledPane.class).setExpanded(true));
        steps.add(() -> node("#planScroll", ScrollPane.class).setVvalue(1));
        steps.add(() -> save("plan-why"));
        steps.add(() -> nav("Journal"));
        steps.add(() -> { });
        steps.add(() -> {
            // the recovery with the most check-ins: a sharp 7/10 at 48 h after 5/10
            @SuppressWarnings("unchecked")
            ListView<RecoveryRow> list = node("#recoveryList", ListView.class);
            list.getItems().stream().filter(r -> "City Physio".equals(r.recovery().place())).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        });
        steps.add(() -> save("journal"));
        steps.add(() -> node(".detail-scroll", ScrollPane.class).setVvalue(0.5));
        steps.add(() -> save("journal-middle"));
        steps.add(() -> node(".detail-scroll", ScrollPane.class).setVvalue(1));
        steps.add(() -> save("journal-bottom"));
        steps.add(() -> nav("Clinic"));
        steps.add(() -> { });
        steps.add(() -> save("clinic-sessions-empty-form"));
        steps.add(() -> node("#sessionList", ListView.class).getSelectionModel().select(1));
        steps.add(() -> save("clinic-sessions"));
        steps.add(() -> tab("clients-tab"));
        steps.add(() -> save("clinic-clients-none"));
        steps.add(() -> node("#clientList", ListView.class).getSelectionModel().select(1));
        steps.add(() -> save("clinic-clients"));
        steps.add(() -> tab("profile-tab"));
        steps.add(() -> save("clinic-profile"));
        steps.add(() -> tab("sessions-tab"));
        steps.add(() -> node("#sessionList", ListView.class).getSelectionModel().select(1));
        steps.add(() -> node("#previewButton", Button.class).fire());
        waitFor(() -> node("#pageView", javafx.scene.image.ImageView.class).getImage() != null);
        steps.add(() -> save("clinic-preview"));
        steps.add(Platform::exit);
        next();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        steps.add(new Runnable() {
            private int tries;
            @Override public void run() {
                if (!condition.getAsBoolean() && ++tries < 40) {
                    steps.addFirst(this);
                }
            }
        });
    }

    private void nav(String title) {
        stage.getScene().getRoot().lookupAll(".nav-item").stream().map(ToggleButton.class::cast)
                .filter(b -> title.equals(b.getText())).findFirst().orElseThrow().setSelected(true);
    }

    private void tab(String id) {
        TabPane tabs = node(".clinic", TabPane.class);
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private void choose(String id) {
        ComboBox<MassageType> combo = node("#massageBox", ComboBox.class);
        combo.setValue(combo.getItems().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow());
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        try {
            step.run();
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        PauseTransition settle = new PauseTransition(Duration.millis(900));
        settle.setOnFinished(e -> next());
        settle.play();
    }

    private <T> T node(String query, Class<T> type) {
        return SceneShots.node(stage.getScene(), query, type);
    }

    private void save(String name) {
        SceneShots.save(stage.getScene(), out.resolve("fit-" + width + "x" + height + "-" + name + ".png"));
    }
}
