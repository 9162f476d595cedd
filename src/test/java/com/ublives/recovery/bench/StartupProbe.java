package com.ublives.recovery.bench;

import com.ublives.recovery.App;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The two windows the start-up benchmark times, each run in its own JVM: the real app and a bare
 * JavaFX window with one Label. Both print "shown MS" after the first layout pulse of a shown
 * window, in milliseconds since the JVM started; the app also prints "usable MS" at the first
 * pulse after which the assessment form is in the window, drawn and enabled: the massage list,
 * the soreness slider and "Show plan" visible and not disabled, the rule set's factors ticked
 * into the form. A window that says "Opening your data..." is shown, not usable.
 */
public final class StartupProbe {

    private StartupProbe() {
    }

    /** Marks the first pulse after the stage is shown: the window has its first frame laid out. */
    static void reportFirstPulse(Stage stage, Runnable then) {
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            long now = System.currentTimeMillis();
            long cpu = processCpuNanos();
            scene.removePostLayoutPulseListener(listener[0]);
            report("shown", now, cpu);
            then.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Looks at every pulse until the assessment form can take input; only reads the scene graph. */
    static void reportUsable(Stage stage, Runnable then) {
        Scene scene = stage.getScene();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (usable(scene)) {
                long now = System.currentTimeMillis();
                long cpu = processCpuNanos();
                scene.removePostLayoutPulseListener(listener[0]);
                report("usable", now, cpu);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** Whether the assessment form in the scene takes input: the definition of "usable" (tests use it too). */
    public static boolean usable(Scene scene) {
        for (String id : List.of("#massageBox", "#sorenessSlider", "#showPlanButton")) {
            Node control = scene.lookup(id);
            if (control == null || control.isDisabled() || !shownInTree(control) || control.getLayoutBounds().getWidth() <= 0) {
                return false;
            }
        }
        Node factors = scene.lookup("#factorBoxes");
        return factors instanceof Parent box && !box.getChildrenUnmodifiable().isEmpty();
    }

    private static boolean shownInTree(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Prints the moment in ms since the JVM started, and the CPU time the whole JVM (every thread) had
     * used by then: on a loaded machine the wall time mostly says how long the JVM waited for a core.
     */
    static void report(String what, long at, long cpuNanos) {
        // read the JVM start only after the moment was taken, so loading the MXBean is not counted
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(what + " " + (at - start));
        System.out.println(what + "-cpu " + cpuNanos / 1_000_000);
        System.out.flush();
    }

    /** The JVM's CPU time from /proc (no MXBean class to load inside the measured moment); -1 if unknown. */
    private static long processCpuNanos() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (Exception | Error e) {
            return -1;
        }
    }

    /** Mains apart from the Application classes, as the app's Launcher is: plain java starts them on the class path. */
    public static final class BareMain {
        public static void main(String[] args) {
            Application.launch(Bare.class, args);
        }
    }

    public static final class FullMain {
        public static void main(String[] args) {
            Application.launch(Full.class, args);
        }
    }

    public static final class Bare extends Application {

        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Recovery Planner"), 1280, 800));
            stage.setTitle("Bare");
            stage.show();
            reportFirstPulse(stage, Platform::exit);
        }
    }

    /**
     * The real App, unchanged, watched from outside through the pulse only, so the same probe times
     * an earlier build of the app (StartupBenchmark's baseline class path) the same way.
     */
    public static final class Full extends App {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            reportFirstPulse(stage, () -> { });
            reportUsable(stage, Platform::exit);
        }
    }
}
