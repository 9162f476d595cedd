package com.ublives.recovery.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No two controls shown at once answer the same Alt+letter. When two do, JavaFX only moves the focus
 * between them and presses neither, so a person with the keyboard alone could never reach the button
 * ("Show _plan" and "_Print…" on the plan once shared P).
 */
@Tag("ui")
class MnemonicsTest {

    @RegisterExtension
    final RealAppExtension real = new RealAppExtension();
    private RealApp app;

    @Test
    void noTwoControlsOnAScreenShareAnAltLetter() throws Exception {
        app = real.start(1280, 800);
        assertThat(clashesOnEveryScreen()).isEmpty();
    }

    @Test
    void norInGerman() throws Exception {
        app = real.start(1280, 800, "language=de");
        assertThat(clashesOnEveryScreen()).isEmpty();
    }

    private List<String> clashesOnEveryScreen() {
        List<String> clashes = new ArrayList<>();
        app.visitEveryScreen(where -> {
            AtomicReference<List<String>> found = new AtomicReference<>();
            app.robot().interact(() -> found.set(clashes(app.scene().getRoot())));
            found.get().forEach(c -> clashes.add(where + ": " + c));
        });
        return clashes;
    }

    private static List<String> clashes(Parent root) {
        Map<Character, String> seen = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        collect(root, seen, clashes);
        return clashes;
    }

    private static void collect(Node node, Map<Character, String> seen, List<String> clashes) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing() && !labeled.isDisabled()) {
            String text = labeled.getText();
            int mark = text == null ? -1 : text.indexOf('_');
            if (mark >= 0 && mark + 1 < text.length()) {
                char letter = text.substring(mark + 1, mark + 2).toLowerCase(Locale.ROOT).charAt(0);
                String before = seen.putIfAbsent(letter, text);
                if (before != null) {
                    clashes.add("Alt+" + letter + " is both \"" + before + "\" and \"" + text + "\"");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, seen, clashes);
            }
        }
    }
}
