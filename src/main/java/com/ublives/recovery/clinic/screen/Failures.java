package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.rules.InvalidInputException;

/** The one sentence a person reads when something failed. */
final class Failures {

    private Failures() {
    }

    static String message(Throwable failure) {
        Throwable t = failure;
        // Wrappers (CompletionException, UncheckedIOException) carry the real reason inside.
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.io.UncheckedIOException)
                && t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        if (t instanceof InvalidInputException invalid) {
            return capitalised(invalid.getMessage());
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
        return capitalised(message);
    }

    /** True when a save was refused because another desk saved the same row first (the form must reload). */
    static boolean changedElsewhere(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof com.ublives.recovery.clinic.ChangedElsewhereException) {
                return true;
            }
        }
        return false;
    }

    static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
