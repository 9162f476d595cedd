package com.ublives.recovery.clinic.sheet;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks printable text into lines no wider than a width: at spaces, after hyphens and dashes, and
 * between CJK ideographs (which need no spaces); a word longer than the line is cut where it must.
 * With a line limit, the last line ends in "..." so cut text is visibly cut, never off the page.
 * Cuts fall between whole characters as a reader sees them (a letter with its marks, an Indic
 * syllable's parts), never inside one.
 */
final class TextWrap {

    // Three full stops, not U+2026: the font draws U+2026 as centred CJK dots, odd after Latin text.
    static final String ELLIPSIS = "...";

    private final SheetFont font;

    TextWrap(SheetFont font) {
        this.font = font;
    }

    List<String> lines(String text, float size, float maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        if (text.isEmpty()) {
            return lines;
        }
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            boolean space = token.startsWith(" ");
            String candidate = line.length() == 0 ? token.strip() : line + token;
            if (font.width(candidate, size) <= maxWidth) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String word = space ? token.substring(1) : token;
            // A word wider than the whole line: cut it character by character.
            while (font.width(word, size) > maxWidth && next(word, 0) < word.length()) {
                int cut = fit(word, size, maxWidth);
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        if (maxLines > 0 && lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, withEllipsis(kept.get(maxLines - 1), size, maxWidth));
            return kept;
        }
        return lines;
    }

    /** Shortens one line until it fits with "..." after it. */
    String withEllipsis(String line, float size, float maxWidth) {
        String base = line.stripTrailing();
        while (!base.isEmpty() && font.width(base + ELLIPSIS, size) > maxWidth) {
            base = base.substring(0, previous(base, base.length())).stripTrailing();
        }
        return base + ELLIPSIS;
    }

    /** One line: the text itself when it fits, else cut with "...". */
    String fitted(String text, float size, float maxWidth) {
        return font.width(text, size) <= maxWidth ? text : withEllipsis(text, size, maxWidth);
    }

    private int fit(String word, float size, float maxWidth) {
        int end = next(word, 0);
        while (end < word.length()) {
            int next = next(word, end);
            if (font.width(word.substring(0, next), size) > maxWidth) {
                break;
            }
            end = next;
        }
        return end;
    }

    /** Where the character (grapheme) that starts at from ends. */
    private static int next(String text, int from) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = characters.following(from);
        return end == BreakIterator.DONE ? text.length() : end;
    }

    /** Where the character (grapheme) that ends at end starts. */
    private static int previous(String text, int end) {
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int start = characters.preceding(end);
        return start == BreakIterator.DONE ? 0 : start;
    }

    /**
     * Pieces that may start a line: " word" after a space, "word" after a hyphen or dash, and each
     * ideograph on its own.
     */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                flush(tokens, current);
                current.append(' ');
            } else if (breaksAround(cp)) {
                flush(tokens, current);
                current.appendCodePoint(cp);
                flush(tokens, current);
            } else {
                current.appendCodePoint(cp);
                if (cp == '-' || cp == '–' || cp == '—' || cp == '/') {
                    flush(tokens, current);
                }
            }
        }
        flush(tokens, current);
        return tokens;
    }

    private static void flush(List<String> tokens, StringBuilder current) {
        if (current.length() > 0 && !current.toString().equals(" ")) {
            tokens.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean breaksAround(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Character.isIdeographic(cp) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
