package com.ublives.recovery.ui;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alt and an underlined letter, answered by every control of the window that shows that letter. JavaFX keeps
 * a scene's mnemonics in one list per character, "N" apart from "n", keeps a list when its controls leave the
 * scene, and looks in the first list that matches the key only: once a form with "Soreness _now" had been
 * shown, Alt+N no longer reached the clinic's "_Name" (nor anything). Here the lists are read together, before
 * JavaFX's own handling, with the same rule: one control shown for the letter is pressed (or its field gets
 * the focus), several take the focus in turn.
 */
public final class Mnemonics {

    private Mnemonics() {
    }

    /** Once per window: a filter there runs before the scene's own handling of mnemonics. */
    public static void install(Window window) {
        if (window.getProperties().putIfAbsent(Mnemonics.class, Boolean.TRUE) == null) {
            window.addEventFilter(KeyEvent.KEY_PRESSED, key -> press(window.getScene(), key));
        }
    }

    static void press(Scene scene, KeyEvent key) {
        if (scene == null || !key.isAltDown() || key.isControlDown() || key.isMetaDown()) {
            return;
        }
        List<Mnemonic> shown = new ArrayList<>();
        for (Map.Entry<javafx.scene.input.KeyCombination, ObservableList<Mnemonic>> entry : scene.getMnemonics().entrySet()) {
            if (entry.getKey().match(key)) {
                entry.getValue().stream().filter(m -> reachable(m.getNode(), scene)).forEach(shown::add);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        key.consume();
        if (shown.size() == 1) {
            Node node = shown.get(0).getNode();
            if (node.isFocusTraversable()) {
                node.requestFocus();
            }
            shown.get(0).fire();
            return;
        }
        int focused = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).getNode().isFocused()) {
                focused = i;
            }
        }
        shown.get((focused + 1) % shown.size()).getNode().requestFocus();
    }

    private static boolean reachable(Node node, Scene scene) {
        if (node == null || node.getScene() != scene || node.isDisabled()) {
            return false;
        }
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
