package com.ublives.recovery.i18n;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages the app speaks. Every text a person reads comes from a bundle in one of them; a
 * bundle is looked up without falling back to the system's language, so English chosen on a German
 * computer is English throughout (the base bundle is English).
 */
public enum Language {
    ENGLISH("en", "en"),
    // A German week starts on Monday; "de" alone, without a country, would take Sunday from the root
    // locale (the calendar of a date field on an American computer showed So Mo Di ...).
    GERMAN("de", "de-u-fw-mon");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String code;
    private final Locale formats;

    Language(String code, String formats) {
        this.code = code;
        this.formats = Locale.forLanguageTag(formats);
    }

    /** The code in settings and on the command line (--lang): en, de. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The locale dates and numbers are written in: the system's own when it is of this language (de_AT
     * keeps Austrian conventions), else the language's (with its first day of the week).
     */
    public Locale formatLocale(Locale system) {
        return system.getLanguage().equals(code) ? system : formats;
    }

    public ResourceBundle bundle(String baseName) {
        return ResourceBundle.getBundle(baseName, locale(), NO_FALLBACK);
    }

    /** The messages of screens and command line (i18n/messages*.properties). */
    public ResourceBundle messages() {
        return bundle("i18n.messages");
    }

    public static Optional<Language> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (Language l : values()) {
            if (l.code.equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The language a bundle of this app is in (its base bundle is English). */
    public static Language of(ResourceBundle bundle) {
        return of(bundle.getLocale());
    }

    /** The language of a locale; English for any the app does not speak. */
    public static Language of(Locale locale) {
        return of(locale.getLanguage()).orElse(ENGLISH);
    }

    /**
     * Makes this the language of dates, times and numbers everywhere (formatters without a locale),
     * keeping the system's region when it speaks it.
     */
    public void makeDefault(Locale system) {
        Locale.setDefault(formatLocale(system));
    }
}
