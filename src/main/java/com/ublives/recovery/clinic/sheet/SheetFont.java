package com.ublives.recovery.clinic.sheet;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sheets' bundled fonts (see font/README.md), read once and shared by every document: WenQuanYi
 * Micro Hei for Latin, Greek, Cyrillic, Chinese, Japanese and Korean, then Noto Sans for the Latin
 * letters it lacks, and Noto Sans Arabic, Hebrew, Devanagari and Thai. Each character is drawn by
 * the first of them that has it. It measures and shapes text itself, so layout needs no document, and
 * it turns any text into text the fonts can show. FontBox and the shaping caches are not thread-safe:
 * callers hold {@link #lock()} while they measure, shape or embed.
 */
public final class SheetFont {

    static final String FOLDER = "font/";

    /** Shaped lines kept for reuse: the same rule texts come back on every sheet and every layout attempt. */
    private static final int CACHED_LINES = 4096;

    private final List<Face> faces;
    private final Shaper shaper;
    private final Map<String, ShapedLine> lines = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ShapedLine> eldest) {
            return size() > CACHED_LINES;
        }
    };
    private final Object lock = new Object();

    private SheetFont(List<Face> faces) {
        this.faces = faces;
        this.shaper = new Shaper(faces);
    }

    /**
     * Reads the main bundled font (5 MB, a few tens of milliseconds; do it once); the others are read
     * when a text first needs them.
     */
    public static SheetFont load() {
        Face main = Face.of(FOLDER + "wqy-microhei.ttc", "WenQuanYiMicroHei");
        main.unitsPerEm(); // read now: callers load the fonts ahead of the first sheet (the window in the background)
        return new SheetFont(List.of(main,
                Face.of(FOLDER + "NotoSans-Regular.ttf", null),
                Face.of(FOLDER + "NotoSansArabic-Regular.ttf", null),
                Face.of(FOLDER + "NotoSansHebrew-Regular.ttf", null),
                Face.of(FOLDER + "NotoSansDevanagari-Regular.ttf", null),
                Face.of(FOLDER + "NotoSansThai-Regular.ttf", null)));
    }

    Object lock() {
        return lock;
    }

    List<Face> faces() {
        return faces;
    }

    /** Width in points of text already passed through {@link #printable}, as it will be drawn. */
    float width(String text, float size) {
        if (text.isEmpty()) {
            return 0;
        }
        return (Shaper.needsLayout(text) ? line(text).ems() : shaper.plainEms(text)) * size;
    }

    /** The glyphs that draw printable text, left to right. */
    ShapedLine line(String text) {
        ShapedLine line = lines.get(text);
        if (line == null) {
            line = shaper.shape(text);
            lines.put(text, line);
        }
        return line;
    }

    boolean canShow(int codePoint) {
        return shaper.faceFor(codePoint, null) != null;
    }

    String printable(String text) {
        return printable(text, null);
    }

    /**
     * Text the fonts can show on one line: composed accents (NFC), any white space as one space,
     * control characters and stray combining marks dropped. A character no bundled font has (an
     * emoji) is left out and added to leftOut (when given), so an unusual name never stops a sheet from
     * printing and is never printed as "?".
     */
    String printable(String text, Set<String> leftOut) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        boolean lastSpace = false;
        for (int i = 0; i < composed.length(); ) {
            int cp = composed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!lastSpace && out.length() > 0) {
                    out.append(' ');
                }
                lastSpace = true;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT && !joiner(cp, out, lastSpace)) {
                continue;
            }
            if (canShow(cp)) {
                out.appendCodePoint(cp);
                lastSpace = false;
            } else if (!mark(type) && type != Character.FORMAT && leftOut != null) {
                leftOut.add(Character.toString(cp));
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    /**
     * Zero-width (non-)joiners and direction marks inside a word change how Arabic, Persian and Indic
     * text is shaped, so they stay; other format characters (and these at the start of a word) go.
     */
    private static boolean joiner(int cp, StringBuilder out, boolean lastSpace) {
        return cp >= 0x200C && cp <= 0x200F && out.length() > 0 && !lastSpace;
    }

    private static boolean mark(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
