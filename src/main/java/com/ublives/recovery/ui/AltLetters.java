package com.ublives.recovery.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.collections.ObservableList;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.Mnemonic;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Keeps every Alt letter working ("_Massage type": Alt+M goes to the field; "_Save": Alt+S presses it)
 * while screens and forms come and go in the one window. Two faults of JavaFX are put right on each key
 * press with Alt, before the scene looks for the letter:
 * <ul>
 * <li>A label's letter for its field ({@link Label#setLabelFor}) is registered only if the field is in the
 *     scene when the label arrives there, and is forgotten whenever the field leaves it. A label comes back
 *     before its field each time a screen is shown again, a form comes back, or ControlsFX puts its layer for
 *     field marks above the window's content (the first time a field is marked). Such a label is registered
 *     again, by JavaFX itself (mnemonic parsing turned off and on, and the label laid out).</li>
 * <li>The scene keeps a list of controls per letter and case, and takes the first list whose letter
 *     matches, ignoring case, even when nothing in it is shown: the assessment's "_Stechend" (S), gone from
 *     the window, left an empty list that hid the check-in's "Rückmeldung _speichern" (s), and the hidden
 *     client form's "_E-Mail" (E) hid the shown "Behandlung _erfassen" (e). Empty lists are dropped and the
 *     two cases of a letter made one list, from which the scene takes the shown control.</li>
 * </ul>
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

    /** Makes one list of each letter's, and registers again each label's letter the scene has lost; returns how many. */
    static int repair(Scene scene) {
        mergeCases(scene);
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

    /** One list per letter, whatever its case, and none empty. */
    private static void mergeCases(Scene scene) {
        Map<String, ObservableList<Mnemonic>> byLetter = new HashMap<>();
        Iterator<Map.Entry<KeyCombination, ObservableList<Mnemonic>>> letters = scene.getMnemonics().entrySet().iterator();
        while (letters.hasNext()) {
            Map.Entry<KeyCombination, ObservableList<Mnemonic>> letter = letters.next();
            ObservableList<Mnemonic> first = letter.getValue().isEmpty() ? null
                    : byLetter.putIfAbsent(letter.getKey().toString().toLowerCase(Locale.ROOT), letter.getValue());
            if (letter.getValue().isEmpty()) {
                letters.remove();
            } else if (first != null) {
                first.addAll(letter.getValue());
                letters.remove();
            }
        }
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
