package com.ublives.recovery.journal.screen;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** What both journal forms do with their fields: let Tab leave a note. */
final class FormBindings {

    private FormBindings() {
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
