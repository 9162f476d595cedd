package com.ublives.recovery.rules;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.i18n.Phrase;

/**
 * One refused input: which input (an id: a field, an option's name), and a phrase that names what is
 * allowed, e.g. "must be ... , got 11". The form or the command line writes it in its language.
 */
public record InputError(String input, Phrase says) {

    /** Words already written for the reader (a face wrote them in its language). */
    public InputError(String input, String message) {
        this(input, Phrase.written(message));
    }

    /** The English: "must be a whole number from 0 to 10, got 11". */
    public String message() {
        return says.english();
    }

    public String message(Language language) {
        return says.in(language);
    }

    /** "soreness must be a whole number from 0 to 10, got 11", with an optional prefix such as "--". */
    public String describe(String prefix) {
        return described(prefix).english();
    }

    public String describe(String prefix, Language language) {
        return described(prefix).in(language);
    }

    /** Two refusals are the same when they name the same input and say the same (in English): however they were made. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InputError e && java.util.Objects.equals(input, e.input) && message().equals(e.message());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(input, message());
    }

    @Override
    public String toString() {
        return "InputError[input=" + input + ", message=" + message() + "]";
    }

    /** The input's name (never translated: it is what is typed) and what is wrong with it. */
    public Phrase described(String prefix) {
        return Phrase.joined(" ", java.util.List.of(Phrase.written(prefix + input), says));
    }
}
