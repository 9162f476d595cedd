package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** What both journal forms do with their fields: mark errors below them, let Tab leave a note. */
final class FormBindings {

    private FormBindings() {
    }

    /** The field gets a red outline and the message shows below it while the view model names a problem. */
    static void markErrors(ObservableStringValue error, Label message, Control... fields) {
        Runnable apply = () -> {
            String text = error.get();
            message.setText(text == null ? "" : text);
            message.setVisible(text != null);
            message.setManaged(text != null);
            for (Control field : fields) {
                Styles.toggle(field, "error", text != null);
            }
        };
        error.addListener(o -> apply.run());
        apply.run();
    }

    /** Tab leaves a long note as it leaves any field (Ctrl+Tab would otherwise be needed). */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isControlDown()) {
                key.consume();
                area.fireEvent(new KeyEvent(key.getSource(), area, KeyEvent.KEY_PRESSED, key.getCharacter(), key.getText(),
                        key.getCode(), key.isShiftDown(), true, key.isAltDown(), key.isMetaDown()));
            }
        });
    }
}
