package com.ublives.recovery.journal.screen;

import com.ublives.recovery.rules.AssessmentParser;

/** Soreness as typed: a whole number from 0 to 10, or nothing usable. */
final class SorenessText {

    private SorenessText() {
    }

    /** The soreness, or null when the text is not a whole number from 0 to 10. */
    static Integer parse(String text) {
        return AssessmentParser.wholeSoreness(text);
    }
}
