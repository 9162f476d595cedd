package com.ublives.recovery.bench;

import com.ublives.recovery.App;
import com.ublives.recovery.cli.Cli;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Every click the issue names, timed in the real window (the App, unchanged, on a data folder
 * filled through the command line with a recovery, a client and a session): from the moment the
 * action starts on the FX thread to the end of the layout pass of the first frame that shows its
 * result (painting that frame follows). Work that finishes in the background (saving a check-in,
 * drawing a sheet) is waited for frame by frame. Needs a display:
 * {@code xvfb-run -a -s "-screen 0 1280x900x24" java -cp target/recovery-planner.jar:target/test-classes
 * com.ublives.recovery.bench.ClickBenchmark [repeats]}; with {@code 1 at-start} instead, the first sheet preview
 * asked for as soon as the window is usable. Prints figures only; it asserts nothing.
 */
public final class ClickBenchmark {

    private static final CompletableFuture<Stage> STAGE = new CompletableFuture<>();
    private static final Map<String, List<Double>> TIMES = new LinkedHashMap<>();
    private static final Map<String, List<Double>> CPU = new LinkedHashMap<>();

    private ClickBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        boolean atStart = args.length > 1 && args[1].equals("at-start");
        Path dir = Files.createTempDirectory("click-bench");
        seed(dir);
        Thread driver = new Thread(() -> {
            try {
                if (atStart) {
                    previewAtStart(STAGE.get(300, TimeUnit.SECONDS));
                } else {
                    drive(STAGE.get(300, TimeUnit.SECONDS), repeats);
                }
                report();
            } catch (Throwable e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }, "click-driver");
        driver.setDaemon(true);
        driver.start();
        Application.launch(Probe.class, "--data-dir", dir.toString());
    }

    /** The real App; the driver only needs its stage. */
    public static final class Probe extends App {
        @Override
        public void start(Stage stage) {
            super.start(stage);
            STAGE.complete(stage);
        }
    }

    private static void seed(Path dir) {
        String at = LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES).toString();
        cli("journal", "add", "--massage", "swedish", "--soreness", "4", "--at", at, "--data-dir", dir.toString());
        cli("clinic", "client", "add", "--name", "Anna Nowak", "--condition", "blood-thinners", "--data-dir", dir.toString());
        cli("clinic", "session", "add", "--client", "1", "--at", at, "--massage", "deep-tissue", "--soreness", "5",
                "--data-dir", dir.toString());
    }

    private static void cli(String... args) {
        StringWriter err = new StringWriter();
        if (Cli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)) != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + err);
        }
    }

    private static void drive(Stage stage, int repeats) throws Exception {
        Scene scene = stage.getScene();
        waitUntil(scene, () -> StartupProbe.usable(scene));
        settle(3000); // a person reads the form first; the other screens are built meanwhile

        // the assessment: a first plan, then every change repaints it
        TextField soreness = on(() -> (TextField) visible(scene, "#sorenessField"));
        fx(() -> {
            @SuppressWarnings("unchecked") ComboBoxBase<Object> massage = (ComboBoxBase<Object>) visible(scene, "#massageBox");
            massage.setValue(((javafx.scene.control.ComboBox<?>) massage).getItems().get(5));
            soreness.setText("5");
        });
        time("assessment: first plan shown", scene, () -> fire(visible(scene, "#showPlanButton")), () -> true);
        List<CheckBox> factors = on(() -> ((Parent) visible(scene, "#factorBoxes")).getChildrenUnmodifiable().stream()
                .filter(CheckBox.class::isInstance).map(CheckBox.class::cast).toList());
        for (int i = 0; i < repeats * 2; i++) {
            CheckBox factor = factors.get(i % 2);
            settle(300);
            time("assessment: a factor ticked, plan repainted", scene, factor::fire, () -> true);
        }

        // switching screens: first time each, then back and forth
        List<ToggleButton> nav = on(() -> scene.getRoot().lookupAll(".nav-item").stream()
                .map(ToggleButton.class::cast).toList());
        settle(500);
        time("switch: to the journal, first time", scene, () -> nav.get(1).fire(), () -> showing(scene, "#recoveryList"));
        settle(500);
        time("switch: to the clinic, first time", scene, () -> nav.get(2).fire(), () -> showing(scene, "#sessionList"));
        for (int i = 0; i < repeats; i++) {
            for (int screen : new int[]{0, 1, 2}) {
                settle(300);
                String id = screen == 0 ? "#showPlanButton" : screen == 1 ? "#recoveryList" : "#sessionList";
                time("switch: later times", scene, () -> nav.get(screen).fire(), () -> showing(scene, id));
            }
        }

        // the journal: the two forms, and saving a check-in
        settle(300);
        fx(() -> nav.get(1).fire());
        settle(500);
        for (int i = 0; i < repeats; i++) {
            settle(300);
            time("journal: open \"Log a massage\"", scene, () -> fire(visible(scene, "#logMassageButton")),
                    () -> showing(scene, "#therapistField"));
            settle(300);
            fx(() -> fire(visible(scene, "#cancelButton")));
        }
        fx(() -> ((ListView<?>) visible(scene, "#recoveryList")).getSelectionModel().select(0));
        settle(1000);
        TableView<?> table = on(() -> (TableView<?>) scene.lookup("#checkInTable")); // out of the scene while a form is open
        for (int i = 0; i < repeats; i++) {
            settle(500);
            time("journal: open the check-in form", scene, () -> fire(visible(scene, "#checkInButton")),
                    () -> showing(scene, "#noteArea") && !showing(scene, "#therapistField"));
            settle(300);
            String value = String.valueOf(3 + i % 3);
            fx(() -> ((TextField) visible(scene, "#sorenessField")).setText(value));
            int before = on(() -> table.getItems().size());
            time("journal: save a check-in, shown in the table", scene, () -> fire(visible(scene, "#saveButton")),
                    () -> shown(table) && table.getItems().size() > before);
        }

        // the clinic: the sheet preview of the seeded session
        settle(300);
        fx(() -> nav.get(2).fire());
        for (int i = 0; i < repeats; i++) {
            settle(500);
            fx(() -> scene.getRoot().lookupAll(".tab-pane")
                    .forEach(t -> ((javafx.scene.control.TabPane) t).getSelectionModel().select(0)));
            settle(500);
            fx(() -> {
                ListView<?> sessions = (ListView<?>) visible(scene, "#sessionList");
                sessions.getSelectionModel().clearSelection();
                sessions.getSelectionModel().select(0);
            });
            settle(300);
            String name = i == 0 ? "clinic: sheet preview, first" : "clinic: sheet preview, again";
            time(name, scene, () -> fire(visible(scene, "#previewButton")), () -> {
                Node page = visible(scene, "#pageView");
                return page instanceof ImageView view && view.getImage() != null && view.getImage().getProgress() >= 1;
            });
        }
    }

    /**
     * A person who goes to the clinic and previews a sheet as soon as the window is usable: the preview then
     * competes with the rest of start-up (the other screens being built, their data read, the sheet renderer
     * warmed). One round per start; run it several times.
     */
    private static void previewAtStart(Stage stage) throws Exception {
        Scene scene = stage.getScene();
        waitUntil(scene, () -> StartupProbe.usable(scene));
        long usable = System.nanoTime();
        waitUntil(scene, () -> scene.getRoot().lookupAll(".nav-item").size() > 2);
        List<ToggleButton> nav = on(() -> scene.getRoot().lookupAll(".nav-item").stream()
                .map(ToggleButton.class::cast).toList());
        time("at start: switch to the clinic", scene, () -> nav.get(2).fire(), () -> showing(scene, "#sessionList"));
        long listed = System.nanoTime();
        waitUntil(scene, () -> !((ListView<?>) visible(scene, "#sessionList")).getItems().isEmpty());
        System.out.printf("at start: the day's sessions listed %.0f ms later%n", (System.nanoTime() - listed) / 1e6);
        fx(() -> ((ListView<?>) visible(scene, "#sessionList")).getSelectionModel().select(0));
        System.out.printf("at start: preview asked at %s (for a profile's timeline)%n", java.time.Instant.now());
        time("at start: sheet preview, first", scene, () -> fire(visible(scene, "#previewButton")), () -> {
            Node page = visible(scene, "#pageView");
            return page instanceof ImageView view && view.getImage() != null && view.getImage().getProgress() >= 1;
        });
        System.out.printf("at start: from usable to the page shown %.0f ms%n", (System.nanoTime() - usable) / 1e6);
    }

    /**
     * Times action (run on the FX thread) until the layout pass of the first frame after which done
     * holds: wall time, and the FX thread's CPU time in between (what the machine's load does not inflate).
     */
    private static void time(String what, Scene scene, Runnable action, BooleanSupplier done) throws Exception {
        CompletableFuture<double[]> took = new CompletableFuture<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Platform.runLater(() -> {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                if (done.getAsBoolean()) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    took.complete(new double[]{(System.nanoTime() - start) / 1e6,
                            (threads.getCurrentThreadCpuTime() - cpu) / 1e6});
                } else {
                    Platform.requestNextPulse(); // keep looking while background work finishes
                }
            };
            scene.addPostLayoutPulseListener(listener[0]);
            action.run();
            Platform.requestNextPulse();
        });
        double[] ms = took.get(120, TimeUnit.SECONDS);
        TIMES.computeIfAbsent(what, k -> new ArrayList<>()).add(ms[0]);
        CPU.computeIfAbsent(what, k -> new ArrayList<>()).add(ms[1]);
        System.out.printf("%s: %.0f ms (FX thread CPU %.0f ms)%n", what, ms[0], ms[1]);
    }

    private static void report() {
        System.out.printf("%n| what | n | wall median ms | wall max ms | FX-thread CPU median ms | CPU max ms |%n"
                + "|---|---|---|---|---|---|%n");
        TIMES.forEach((what, values) -> System.out.printf("| %s | %d | %.0f | %.0f | %.0f | %.0f |%n", what, values.size(),
                median(values), max(values), median(CPU.get(what)), max(CPU.get(what))));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static void waitUntil(Scene scene, BooleanSupplier condition) throws Exception {
        for (int i = 0; i < 30000; i++) {
            if (on(condition::getAsBoolean)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the window never got there");
    }

    private static void settle(long ms) throws Exception {
        Thread.sleep(ms);
        fx(() -> { });
    }

    private static void fire(Node node) {
        ((ButtonBase) node).fire();
    }

    /** The node with this id that a person can see (forms share ids; hidden ones are skipped), or null. */
    private static Node visible(Scene scene, String selector) {
        return scene.getRoot().lookupAll(selector).stream().filter(ClickBenchmark::shown).findFirst().orElse(null);
    }

    private static boolean showing(Scene scene, String selector) {
        Node node = visible(scene, selector);
        return node != null && node.getLayoutBounds().getWidth() > 0;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    private static void fx(Runnable action) throws Exception {
        on(() -> {
            action.run();
            return null;
        });
    }

    private static <T> T on(Supplier<T> read) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(read.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(120, TimeUnit.SECONDS);
    }
}
