package com.ublives.recovery.clinic;

/**
 * A save refused because another desk saved the same client or session after this one read it: nothing
 * was overwritten. The message says who changed it and when; the form shows the stored version again.
 */
public final class ChangedElsewhereException extends RuntimeException {

    public ChangedElsewhereException(String message) {
        super(message);
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
