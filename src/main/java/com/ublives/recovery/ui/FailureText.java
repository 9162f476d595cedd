package com.ublives.recovery.ui;

import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;

/**
 * The words a person reads about a failure or a refused input, the same on every screen: the failure's own
 * sentence (services and storage write theirs for a person), looked for inside the wrappers a background task
 * adds, and started with a capital letter where it starts a line.
 */
public final class FailureText {

    private FailureText() {
    }

    /** The failure's own words, as they are, for a place inside a sentence ("could not be read: {0}"). */
    public static String reason(Throwable failure) {
        Throwable t = failure;
        // Wrappers (CompletionException, UncheckedIOException) carry the real reason inside.
        while ((t instanceof CompletionException || t instanceof UncheckedIOException)
                && t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            Throwable root = t;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        }
        return message;
    }

    /** The failure's own words as a sentence of their own. */
    public static String sentence(Throwable failure) {
        return capitalised(reason(failure));
    }

    /** "soreness must be ..." as the start of a line: "Soreness must be ...". */
    public static String capitalised(String message) {
        return message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
