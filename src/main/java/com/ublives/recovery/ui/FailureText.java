package com.ublives.recovery.ui;

import com.ublives.recovery.i18n.FileTrouble;
import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;
import com.ublives.recovery.rules.InputError;
import com.ublives.recovery.rules.InvalidInputException;

import java.util.ResourceBundle;

/**
 * The words a person reads about a failure or a refused input, the same on every screen: the failure's own
 * sentence, looked for inside the wrappers a background task adds, and started with a capital letter where it
 * starts a line. Services and storage fail with a phrase (a key and its arguments, i18n/Phrase), not with
 * words: the screen writes it here in the window's language, the language of its bundle.
 */
public final class FailureText {

    private static final System.Logger LOG = System.getLogger(FailureText.class.getName());

    private FailureText() {
    }

    /** The failure's own words in the language of {@code texts}, for a place inside a sentence ("could not be read: {0}"). */
    public static String reason(Throwable failure, ResourceBundle texts) {
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InvalidInputException invalid) {
                return invalid.errors().stream().map(e -> described(e, texts, false))
                        .collect(java.util.stream.Collectors.joining("; "));
            }
            if (c instanceof Phrased told) {
                return told.phrase().in(texts);
            }
        }
        // A file the system refused: named by its kind, never by Java's class name and the system's English.
        for (Throwable c = failure; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.io.IOException io) {
                return FileTrouble.of(io).in(texts);
            }
        }
        // Anything else was not written for a person (a bug): a plain sentence; the log keeps the detail.
        LOG.log(System.Logger.Level.WARNING, "shown as an unexpected error", failure);
        return Phrase.of("failure.unexpected").in(texts);
    }

    /** The failure's own words as a sentence of their own. */
    public static String sentence(Throwable failure, ResourceBundle texts) {
        return capitalised(reason(failure, texts));
    }

    /** A refused input's words under its field: "Must be a whole number from 0 to 10, got 11", in the bundle's language. */
    public static String field(InputError error, ResourceBundle texts) {
        return capitalised(error.says().in(texts));
    }

    /**
     * A refused input named and told: "Soreness must be a whole number from 0 to 10, got 11". The input's
     * name is an id (what the command line's option is called); the window names it in its language
     * (input.name.* in i18n/messages, the id itself in English).
     */
    public static String described(InputError error, ResourceBundle texts) {
        return described(error, texts, true);
    }

    private static String described(InputError error, ResourceBundle texts, boolean capital) {
        String key = "input.name." + error.input();
        String name = texts.containsKey(key) ? texts.getString(key) : error.input();
        String words = name + " " + error.says().in(texts);
        return capital ? capitalised(words) : words;
    }

    /** "soreness must be ..." as the start of a line: "Soreness must be ...". */
    public static String capitalised(String message) {
        return message == null || message.isEmpty() ? "" : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
