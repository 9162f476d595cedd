package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;

import java.util.concurrent.CancellationException;

/** Printing stopped between two pages because the person cancelled it; nothing was written. */
public final class SheetsCancelledException extends CancellationException implements Phrased {

    private final transient Phrase phrase;

    SheetsCancelledException(int done, int of) {
        super(Phrase.of("sheet.cancelled", done, of).english());
        this.phrase = Phrase.of("sheet.cancelled", done, of);
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
