package com.ublives.recovery.journal.screen;

/** Soreness as typed: a whole number from 0 to 10, or nothing usable. */
final class SorenessText {

    private SorenessText() {
    }

    /** The soreness, or null when the text is not a whole number from 0 to 10. */
    static Integer parse(String text) {
        try {
            int value = Integer.parseInt(text == null ? "" : text.trim());
            return value >= 0 && value <= 10 ? value : null;
        } catch (NumberFormatException notWhole) {
            return null;
        }
    }
}
