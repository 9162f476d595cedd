package com.ublives.recovery.journal.screen;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Keeps a flag true while a node is on screen: in a scene whose window is showing. The main window
 * swaps screens by taking one out of its scene, so this follows the scene, its window and the showing.
 */
final class InView implements InvalidationListener {

    private final Node node;
    private final BooleanProperty target;
    private Scene scene;
    private Window window;

    private InView(Node node, BooleanProperty target) {
        this.node = node;
        this.target = target;
    }

    static void watch(Node node, BooleanProperty target) {
        InView watch = new InView(node, target);
        node.sceneProperty().addListener(watch);
        watch.invalidated(null);
    }

    @Override
    public void invalidated(Observable ignored) {
        Scene nowScene = node.getScene();
        if (nowScene != scene) {
            if (scene != null) {
                scene.windowProperty().removeListener(this);
            }
            scene = nowScene;
            if (scene != null) {
                scene.windowProperty().addListener(this);
            }
        }
        Window nowWindow = scene == null ? null : scene.getWindow();
        if (nowWindow != window) {
            if (window != null) {
                window.showingProperty().removeListener(this);
            }
            window = nowWindow;
            if (window != null) {
                window.showingProperty().addListener(this);
            }
        }
        target.set(window != null && window.isShowing());
    }
}
