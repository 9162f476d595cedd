package com.ublives.recovery.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.ublives.recovery.i18n.Phrase;

/**
 * What is wrong with a JSON text that is not JSON at all, in our words: where (line and column, as an
 * editor shows them) and what stands there, with what JSON allows. Jackson's own message names its
 * token classes and "REDACTED" sources and is English; a person importing a rule set or a journal export
 * reads this instead, in their language. Shared by the rule set's and the journal's imports.
 */
public final class JsonSyntax {

    private JsonSyntax() {
    }

    /** The syntax error {@code e} in {@code text} (the whole text that was read), as a phrase of i18n/messages. */
    public static Phrase problem(JsonProcessingException e, String text) {
        JsonLocation at = e.getLocation();
        Phrase what;
        if (e instanceof JsonEOFException || text != null && at != null && at.getCharOffset() >= text.length()) {
            what = Phrase.of("json.syntax.end");
        } else {
            String found = found(text, at);
            what = found == null ? Phrase.of("json.syntax.notAllowed") : Phrase.of("json.syntax.unexpected", found);
        }
        if (at == null || at.getLineNr() < 1) {
            return what;
        }
        return Phrase.of("json.syntax.at", at.getLineNr(), Math.max(1, at.getColumnNr()), what);
    }

    /** The problem of a text with nothing in it (or only spaces). */
    public static Phrase empty() {
        return Phrase.of("json.syntax.empty");
    }

    /**
     * The word or character at the place of the error: Jackson's location is the start of what it
     * refused, a character ("," where a value belongs) or a word it could not read ("yes" for true).
     */
    private static String found(String text, JsonLocation at) {
        if (text == null || at == null || at.getCharOffset() < 0 || at.getCharOffset() >= text.length()) {
            return null;
        }
        int start = (int) at.getCharOffset();
        int end = start + 1;
        while (Character.isLetterOrDigit(text.charAt(start)) && end < text.length()
                && Character.isLetterOrDigit(text.charAt(end)) && end - start < 20) {
            end++;
        }
        String found = text.substring(start, end).strip();
        return found.isEmpty() ? null : found;
    }
}
