package com.ublives.recovery.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every Alt letter working ("_Massage type": Alt+M goes to the field; "_Save": Alt+S presses it)
 * while screens and forms come and go in the one window. A label's letter for its field
 * ({@link Label#setLabelFor}) is registered only if the field is in the scene when the label arrives there,
 * and is forgotten whenever the field leaves it. A label comes back before its field each time a screen is
 * shown again, a form comes back, or ControlsFX puts its layer for field marks above the window's content
 * (the first time a field is marked). On each key press with Alt, before the letter is looked for, such a
 * label is registered again, by JavaFX itself (mnemonic parsing turned off and on, and the label laid out).
 * Which of the registered controls a letter reaches is {@link Mnemonics}' part.
 */
public final class AltLetters {

    private AltLetters() {
    }

    /** On the window, whose filters see a key before its scene looks for the letter (whatever scene it shows). */
    public static void keep(Window window) {
        window.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if ((key.isAltDown() || key.getCode() == KeyCode.ALT) && window.getScene() != null) {
                repair(window.getScene());
            }
        });
    }

    /** Registers again each label's letter the scene has lost; returns how many. */
    static int repair(Scene scene) {
        List<Label> lost = new ArrayList<>();
        collectLost(scene.getRoot(), scene, lost);
        for (Label label : lost) {
            label.setMnemonicParsing(false);
            label.setMnemonicParsing(true);
        }
        if (!lost.isEmpty()) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        return lost.size();
    }

    private static void collectLost(Node node, Scene scene, List<Label> lost) {
        if (node instanceof Label label && label.isMnemonicParsing() && hasLetter(label.getText())) {
            Node field = label.getLabelFor();
            if (field != null && field.getScene() == scene && !registered(scene, field)) {
                lost.add(label);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectLost(child, scene, lost);
            }
        }
    }

    /** "_Name" has a letter; "a__b" (an underscore written twice) has none. */
    static boolean hasLetter(String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length() - 1; i++) {
            if (text.charAt(i) == '_') {
                if (text.charAt(i + 1) != '_') {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static boolean registered(Scene scene, Node field) {
        return scene.getMnemonics().values().stream().flatMap(List::stream).map(Mnemonic::getNode)
                .anyMatch(node -> node == field);
    }
}
