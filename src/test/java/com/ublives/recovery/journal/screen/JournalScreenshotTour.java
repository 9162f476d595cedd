package com.ublives.recovery.journal.screen;

import com.ublives.recovery.App;
import com.ublives.recovery.Services;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.SceneShots;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.controlsfx.control.CheckComboBox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Fills a fresh data folder with four recoveries (one past 72 hours since its last check-in at 24 h,
 * one with a sharp 7/10 at 48 h after 5/10, one with its 12-hour check-in due, one closed), runs the
 * real app on it, opens the journal and saves docs/screenshot-journal.png,
 * docs/screenshot-journal-chart.png and docs/screenshot-checkin-did.png (the check-in form's plan items). The chart shot shows a point's tooltip, a window of its own, so
 * it is taken from the X screen with ImageMagick. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1280x900x24" mvn -q -Pbench test-compile exec:java
 * -Dbench.main='com.ublives.recovery.journal.screen.JournalScreenshotTour$Main' -Dexec.args="docs"}
 */
public class JournalScreenshotTour extends App {

    private static Path out;
    private static long deepTissue;
    private Stage stage;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    public static final class Main {
        public static void main(String[] args) throws IOException {
            out = Path.of(args.length > 0 ? args[0] : "docs").toAbsolutePath();
            Files.createDirectories(out);
            Path data = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("journal-shots");
            try (Services services = Services.open(data)) {
                seed(services.journal());
            }
            Application.launch(JournalScreenshotTour.class, "--data-dir", data.toString());
        }
    }

    public static void seed(JournalService journal) {
        if (!journal.recoveries().isEmpty()) {
            deepTissue = journal.recoveries().stream().filter(r -> r.massage().equals("deep-tissue")).findFirst()
                    .orElseThrow().id();
            return;
        }
        Instant now = journal.clock().instant();
        Recovery swedish = journal.addRecovery(NewRecovery.of("swedish", hoursBefore(now, 215))
                .withEndSoreness(2, PainQuality.ACHY));
        checkIn(journal, swedish, 12, 1);
        checkIn(journal, swedish, 20, 0);
        Recovery sports = journal.addRecovery(NewRecovery.of("sports", hoursBefore(now, 103))
                .withEndSoreness(5, PainQuality.ACHY).withDetails("Marco Diaz", "Riverside Sports Clinic", null));
        checkIn(journal, sports, 12, 6);
        checkIn(journal, sports, 24, 5);
        Recovery deep = journal.addRecovery(NewRecovery.of("deep-tissue", hoursBefore(now, 49))
                .withEndSoreness(4, PainQuality.ACHY).withDetails("Anna Berg", "City Physio", null)
                .withAreas(List.of("neck", "shoulders")));
        checkIn(journal, deep, 12, 5);
        journal.checkIn(NewCheckIn.of(deep.id(), deep.startedAt().plusSeconds(24 * 3600), 5)
                .withDone(List.of("hydration.water", "active-rest.walk")));
        journal.checkIn(NewCheckIn.of(deep.id(), deep.startedAt().plusSeconds(48 * 3600), 7)
                .withQuality(PainQuality.SHARP).withNote("Sharp when turning my head"));
        deepTissue = deep.id();
        journal.addRecovery(NewRecovery.of("thai", hoursBefore(now, 14)).withEndSoreness(3, PainQuality.ACHY));
    }

    private static void checkIn(JournalService journal, Recovery r, int hours, int soreness) {
        journal.checkIn(NewCheckIn.of(r.id(), r.startedAt().plusSeconds(hours * 3600L), soreness));
    }

    private static Instant hoursBefore(Instant now, long hours) {
        return now.minusSeconds(hours * 3600);
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        super.start(primary);
    }

    @Override
    protected void servicesReady(Services services) {
        // to the journal at once: out of view, its reminders would pop up over the assessment screen
        stage.getScene().getRoot().lookupAll(".nav-item").stream().map(ToggleButton.class::cast)
                .filter(b -> b.getText().equals("Journal")).findFirst().orElseThrow().setSelected(true);
        steps.add(() -> { });
        steps.add(this::chooseDeepTissue);
        steps.add(() -> { });
        // again: on a slow machine the first dashboard load may land after the first choice and pick the top row
        steps.add(this::chooseDeepTissue);
        steps.add(() -> { });
        steps.add(() -> save("screenshot-journal.png"));
        steps.add(() -> {
            CheckComboBox<?> compare = node("#compareBox", CheckComboBox.class);
            compare.getCheckModel().checkIndices(1, 2);
        });
        steps.add(() -> node(".detail-scroll", ScrollPane.class).setVvalue(0.8));
        steps.add(this::showLatestPointsTooltip);
        steps.add(() -> grab("screenshot-journal-chart.png"));
        // the check-in form: the red flags, then this recovery's plan items to tick as done
        steps.add(() -> node(".detail-scroll", ScrollPane.class).setVvalue(0));
        steps.add(() -> node("#checkInButton", javafx.scene.control.Button.class).fire());
        steps.add(() -> {
            node("#did-hydration-water", javafx.scene.control.CheckBox.class).setSelected(true);
            node("#did-heat-cold-heat", javafx.scene.control.CheckBox.class).setSelected(true);
            Node boxes = node("#didBoxes", Node.class);
            for (Node n = boxes.getParent(); n != null; n = n.getParent()) {
                if (n instanceof ScrollPane scroll) {
                    scroll.setVvalue(0.75);
                    break;
                }
            }
        });
        steps.add(() -> save("screenshot-checkin-did.png"));
        steps.add(Platform::exit);
        next();
    }

    private void chooseDeepTissue() {
        @SuppressWarnings("unchecked")
        ListView<RecoveryRow> list = node("#recoveryList", ListView.class);
        list.getItems().stream().filter(r -> r.id() == deepTissue).findFirst()
                .ifPresent(r -> list.getSelectionModel().select(r));
    }

    private void showLatestPointsTooltip() {
        Node point = stage.getScene().getRoot().lookupAll(".chart-line-symbol").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("point-") && n.getAccessibleHelp() != null
                        && n.getAccessibleHelp().contains("Soreness 7/10"))
                .findFirst().orElseThrow();
        Tooltip tip = (Tooltip) point.getProperties().get("javafx.scene.control.Tooltip");
        Bounds at = point.localToScreen(point.getBoundsInLocal());
        tip.show(point, at.getMaxX() + 6, at.getMaxY() + 6);
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        step.run();
        PauseTransition settle = new PauseTransition(Duration.millis(900));
        settle.setOnFinished(e -> next());
        settle.play();
    }

    private <T> T node(String query, Class<T> type) {
        return SceneShots.node(stage.getScene(), query, type);
    }

    private void save(String name) {
        SceneShots.save(stage.getScene(), out.resolve(name));
    }

    /** The window as the X screen shows it, pop-up windows (the tooltip) included. */
    private void grab(String name) {
        String crop = (int) stage.getScene().getWidth() + "x" + (int) stage.getScene().getHeight() + "+"
                + (int) (stage.getX() + stage.getScene().getX()) + "+" + (int) (stage.getY() + stage.getScene().getY());
        try {
            Process p = new ProcessBuilder(List.of("import", "-window", "root", "-crop", crop, "+repage",
                    out.resolve(name).toString())).inheritIO().start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("import failed for " + name);
            }
            System.out.println("saved " + out.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException("ImageMagick's import is needed for " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
