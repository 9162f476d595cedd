package com.ublives.recovery.i18n;

/**
 * A failure or refusal whose message was written for a person: its {@link #phrase()} is written by the
 * face that shows it, in that face's language; its {@code getMessage()} is the English, for logs and
 * --verbose (and for tests that read the English).
 */
public interface Phrased {

    Phrase phrase();

    /** The words of a failure for a person in this language: its phrase where it has one, else its message. */
    static String message(Throwable failure, Language language) {
        return failure instanceof Phrased p ? p.phrase().in(language) : failure.getMessage();
    }
}
