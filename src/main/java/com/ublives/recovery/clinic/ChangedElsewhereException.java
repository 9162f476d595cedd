package com.ublives.recovery.clinic;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;

/**
 * A save refused because another desk saved the same client or session after this one read it: nothing
 * was overwritten. The message says who changed it and when; the form shows the stored version again.
 */
public final class ChangedElsewhereException extends RuntimeException implements Phrased {

    private final transient Phrase phrase;

    public ChangedElsewhereException(String message) {
        this(Phrase.written(message));
    }

    /** The sentence as a key and its arguments: the face writes it in its language; the message is its English. */
    public ChangedElsewhereException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }

    /** True when a save failed for this reason, at any depth (the form must then reload what is stored). */
    public static boolean causedIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ChangedElsewhereException) {
                return true;
            }
        }
        return false;
    }
}
