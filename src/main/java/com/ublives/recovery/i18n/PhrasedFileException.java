package com.ublives.recovery.i18n;

import java.io.IOException;

/**
 * A file trouble the app itself found (a backup without its database, another program holding the folder),
 * told as a phrase: an IOException for the code that handles file trouble, whose words {@link FileTrouble}
 * gives in the reader's language.
 */
public final class PhrasedFileException extends IOException implements Phrased {

    private final transient Phrase phrase;

    public PhrasedFileException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    public PhrasedFileException(Phrase phrase, Throwable cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
