package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.i18n.Language;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sheet's wording, from sheet.properties, so it can be reworded or translated without code. */
final class Words {

    private final ResourceBundle bundle;
    /** "personal." on a person's own sheet: its words, where it has some, replace those that speak as the clinic. */
    private final String variant;
    private final Language language;
    private final DateTimeFormatter dates;

    private Words(ResourceBundle bundle, String variant, Language language) {
        this.bundle = bundle;
        this.variant = variant;
        this.language = language;
        this.dates = new Conventions(bundle, language.locale()).formatter("date.pattern");
    }

    /** The wording of a person's own sheet: no "call us", as there is no clinic behind it. */
    Words personal() {
        return new Words(bundle, "personal.", language);
    }

    /** The sheet's words in this language (sheet.properties, sheet_de.properties). */
    static Words load(Language language) {
        return new Words(language.bundle("com.ublives.recovery.clinic.sheet.sheet"), "", language);
    }

    Language language() {
        return language;
    }

    /** A date as the language writes it in full: "1 December 2026", "1. Dezember 2026". */
    String date(LocalDate date) {
        return dates.format(date);
    }

    String get(String key, Object... args) {
        String pattern = bundle.getString(!variant.isEmpty() && bundle.containsKey(variant + key) ? variant + key : key);
        if (args.length == 0) {
            return pattern;
        }
        // MessageFormat would print 1000 as "1,000" and treats quotes specially: hand it strings only.
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(texts);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }
}
