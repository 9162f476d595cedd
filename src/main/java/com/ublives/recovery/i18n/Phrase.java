package com.ublives.recovery.i18n;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.ResourceBundle;

/**
 * A sentence a person will read, kept as a key of i18n/messages*.properties and its arguments until a
 * face (a screen, the command line) writes it in its own language. Services, storage and the engine
 * refuse and fail with phrases rather than words because they do not know, and should not know, which
 * language the person reading speaks: one service serves an English command line and a German window
 * alike. An argument that is itself a phrase is written in the same language ("could not {0}").
 * Numbers that are ids or counts are written without grouping (recovery 1234, not 1,234); a {@link Moment}
 * as the reader's language writes it.
 */
public final class Phrase {

    private final String key;
    private final Object[] args;
    private final String written;
    private final String separator;

    private Phrase(String key, Object[] args, String written, String separator) {
        this.key = key;
        this.args = args;
        this.written = written;
        this.separator = separator;
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, args.clone(), null, null);
    }

    /** Phrases (or words) one after another with this between them, each in the same language. */
    public static Phrase joined(String separator, java.util.List<?> parts) {
        return new Phrase(null, parts.toArray(), null, separator);
    }

    /**
     * Words that are already in the reader's language (a face wrote them) or are no language at all (a
     * file name): they read the same in every language.
     */
    public static Phrase written(String words) {
        return new Phrase(null, new Object[0], words, null);
    }

    public String in(Language language) {
        return in(language.messages());
    }

    /** In the language of this bundle (i18n/messages, as the screens hold it). */
    public String in(ResourceBundle texts) {
        if (written != null) {
            return written;
        }
        Object[] shown = Arrays.stream(args).map(a -> shown(a, texts)).toArray();
        if (separator != null) {
            return Arrays.stream(shown).map(String::valueOf).collect(java.util.stream.Collectors.joining(separator));
        }
        // every phrase goes through MessageFormat, with arguments or without: an apostrophe is '' in each
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(shown);
    }

    /** The English words: an exception's message, a log line, --verbose. */
    public String english() {
        return in(Language.ENGLISH);
    }

    public String key() {
        return key;
    }

    private static Object shown(Object arg, ResourceBundle texts) {
        if (arg instanceof Phrase p) {
            return p.in(texts);
        }
        if (arg instanceof Moment m) {
            return Conventions.of(texts).dateTimeWithYear(m.at(), m.zone());
        }
        if (arg instanceof Integer || arg instanceof Long) {
            return arg.toString();
        }
        return arg instanceof Number || arg instanceof java.util.Date ? arg : String.valueOf(arg);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Phrase p && java.util.Objects.equals(key, p.key) && Arrays.equals(args, p.args)
                && java.util.Objects.equals(written, p.written) && java.util.Objects.equals(separator, p.separator);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(key, Arrays.hashCode(args), written, separator);
    }

    @Override
    public String toString() {
        return english();
    }
}
