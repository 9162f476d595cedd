package com.ublives.recovery.clinic.sheet;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The sheet's wording, from sheet.properties, so it can be reworded or translated without code. */
final class Words {

    private final ResourceBundle bundle;
    /** "personal." on a person's own sheet: its words, where it has some, replace those that speak as the clinic. */
    private final String variant;

    private Words(ResourceBundle bundle, String variant) {
        this.bundle = bundle;
        this.variant = variant;
    }

    private Words(ResourceBundle bundle) {
        this(bundle, "");
    }

    /** The wording of a person's own sheet: no "call us", as there is no clinic behind it. */
    Words personal() {
        return new Words(bundle, "personal.");
    }

    static Words load() {
        return new Words(ResourceBundle.getBundle("com.ublives.recovery.clinic.sheet.sheet", Locale.ROOT));
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
