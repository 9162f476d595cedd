package com.ublives.recovery.clinic;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds a name for search, so a receptionist finds "Zoë Łukasz-Müller" by typing "zoe lukasz" on any
 * keyboard: accents and case go, letters that do not decompose (ł, ø, ß...) get their plain form.
 */
final class SearchName {

    private SearchName() {
    }

    static String fold(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case 'ł', 'Ł' -> out.append('l');
                case 'ø', 'Ø' -> out.append('o');
                case 'đ', 'Đ' -> out.append('d');
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'ı' -> out.append('i');
                default -> out.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT).replaceAll(" +", " ").strip();
    }
}
