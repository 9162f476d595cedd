package com.ublives.recovery.i18n;

/**
 * A value a person gave that cannot be used, told as a phrase: an IllegalArgumentException for the callers
 * that catch one, with words a face writes in its language (FailureText, the command line).
 */
public class PhrasedArgumentException extends IllegalArgumentException implements Phrased {

    private final transient Phrase phrase;

    public PhrasedArgumentException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
