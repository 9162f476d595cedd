package com.ublives.recovery.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the control that has the keyboard focus in view. A ScrollPane does not scroll by itself when
 * Tab (or a mnemonic) moves the focus below its fold, so a person without a mouse would type into a box
 * they cannot see; at large text sizes most forms are taller than the window.
 */
public final class FollowFocus {

    private FollowFocus() {
    }

    /**
     * Every scrolled view of the window follows the focus: the innermost one around the focused control
     * first, then those around it. (The window installs this once, so no screen can forget it.)
     */
    public static void everywhere(Scene scene) {
        if (scene.getProperties().putIfAbsent(FollowFocus.class, Boolean.TRUE) != null) {
            return; // once per scene: a window built anew in another language keeps its scene
        }
        scene.focusOwnerProperty().addListener((obs, was, focused) -> {
            for (Node up = focused == null ? null : focused.getParent(); up != null; up = up.getParent()) {
                if (up instanceof ScrollPane scroll) {
                    reveal(scroll, focused);
                }
            }
        });
    }

    public static void install(ScrollPane scroll) {
        scroll.sceneProperty().addListener((obs, was, scene) -> follow(scroll, scene));
        follow(scroll, scroll.getScene());
    }

    private static void follow(ScrollPane scroll, Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((obs, was, focused) -> reveal(scroll, focused));
        }
    }

    /** Scrolls just enough that the node is wholly inside the viewport; a node already shown stays put. */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (node == null || content == null || scroll.getScene() == null || !inside(content, node)) {
            return;
        }
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewHeight = scroll.getViewportBounds().getHeight();
        double room = contentHeight - viewHeight;
        if (room <= 0) {
            return;
        }
        Bounds at = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double span = scroll.getVmax() - scroll.getVmin();
        double top = (scroll.getVvalue() - scroll.getVmin()) / span * room;
        // a control taller than the view shows its top, where its name is
        double wanted = at.getMinY() < top || at.getHeight() > viewHeight ? at.getMinY()
                : at.getMaxY() > top + viewHeight ? at.getMaxY() - viewHeight : top;
        if (wanted != top) {
            scroll.setVvalue(scroll.getVmin() + Math.max(0, Math.min(room, wanted)) / room * span);
        }
    }

    private static boolean inside(Node ancestor, Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}
