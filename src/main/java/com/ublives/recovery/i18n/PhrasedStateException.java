package com.ublives.recovery.i18n;

/**
 * Something the app cannot do here, told to a person as a phrase (no printer is set up): an
 * IllegalStateException for the callers that catch one, with words a face writes in its language.
 */
public final class PhrasedStateException extends IllegalStateException implements Phrased {

    private final transient Phrase phrase;

    public PhrasedStateException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
