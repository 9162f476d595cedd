package com.ublives.recovery.journal.screen;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * Checks the journal once the window is laid out (ControlsFX notifications need a laid-out owner),
 * then every minute while it is open: a recovery passes 72 hours, or a check-in falls due, with no one
 * touching the app. Stopped when the window closes, or when the node it was started for leaves it.
 */
final class ReminderClock {

    static final Duration EVERY = Duration.minutes(1);
    static final Duration FIRST_AFTER = Duration.millis(600);

    private final Timeline timeline;
    private final Runnable check;
    private boolean dropped;

    private ReminderClock(Runnable check) {
        this.check = check;
        this.timeline = new Timeline(new KeyFrame(EVERY, e -> check.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    static ReminderClock start(Node inWindow, Runnable check) {
        ReminderClock clock = new ReminderClock(check);
        // a window rebuilt on other data (after a restore) drops this screen: its clock stops with it
        inWindow.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                clock.dropped = true;
                clock.timeline.stop();
            }
        });
        if (inWindow.getScene() != null && inWindow.getScene().getWindow() != null) {
            clock.attach(inWindow.getScene().getWindow());
        } else {
            inWindow.sceneProperty().addListener((obs, old, scene) -> clock.attachWhenShown(scene));
        }
        return clock;
    }

    private void attachWhenShown(Scene scene) {
        if (scene == null) {
            return;
        }
        if (scene.getWindow() != null) {
            attach(scene.getWindow());
        } else {
            scene.windowProperty().addListener((obs, old, window) -> {
                if (window != null) {
                    attach(window);
                }
            });
        }
    }

    private void attach(Window window) {
        if (timeline.getStatus() == Animation.Status.RUNNING) {
            return;
        }
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> timeline.stop());
        if (window.isShowing()) {
            begin();
        } else {
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> begin());
        }
    }

    private void begin() {
        PauseTransition laidOut = new PauseTransition(FIRST_AFTER);
        laidOut.setOnFinished(e -> {
            if (dropped) {
                return;
            }
            check.run();
            timeline.play();
        });
        laidOut.play();
    }

    boolean isRunning() {
        return timeline.getStatus() == Animation.Status.RUNNING;
    }
}
