package com.ublives.recovery.bench;

import com.ublives.recovery.App;
import com.ublives.recovery.Services;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * The two windows the start-up benchmark times, each run in its own JVM: the real app and a bare
 * JavaFX window with one Label. Both print "shown MS" after the first layout pulse of a shown
 * window, in milliseconds since the JVM started; the app also prints "ready MS" once its screens
 * are installed.
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
            scene.removePostLayoutPulseListener(listener[0]);
            report("shown", now);
            then.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    static void report(String what, long at) {
        // read the JVM start only after the moment was taken, so loading the MXBean is not counted
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(what + " " + (at - start));
        System.out.flush();
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

    /** The real App, unchanged, with a hook on the shown window and on the installed screens. */
    public static final class Full extends App {

        @Override
        public void start(Stage stage) {
            super.start(stage);
            reportFirstPulse(stage, () -> { });
        }

        @Override
        protected void servicesReady(Services services) {
            report("ready", System.currentTimeMillis());
            Platform.exit();
        }
    }
}
