package com.ublives.recovery.clinic.sheet;

import java.time.LocalDate;

/** What every section of one sheet needs: the content, the words, and the column it writes in. */
record Frame(SheetContent content, Words words, float left, float width, float pageHeight, LocalDate printedOn,
             float logoAspect) {

    float right() {
        return left + width;
    }

    int watchHours() {
        return content.rules().watchHours();
    }
}
