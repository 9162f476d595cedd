package com.ublives.recovery.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A file that could not be read or written, told as a phrase a face writes in its language; the cause keeps Java's detail. */
public final class PhrasedIOException extends UncheckedIOException implements Phrased {

    private final transient Phrase phrase;

    public PhrasedIOException(Phrase phrase, IOException cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
