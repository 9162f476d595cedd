package com.ublives.recovery.clinic;

/**
 * A save refused because another desk saved the same client or session after this one read it: nothing
 * was overwritten. The message says who changed it and when; the form shows the stored version again.
 */
public final class ChangedElsewhereException extends RuntimeException {

    public ChangedElsewhereException(String message) {
        super(message);
    }
}
