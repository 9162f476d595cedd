package com.ublives.recovery.clinic.sheet;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a line of text into glyphs the way the JDK's own text layout draws it: each word goes to the
 * first bundled face that has it (see {@link #facesOf}), the line is cut into runs of one face and
 * one bidi level, the runs are put in visual order (java.text.Bidi), and each run that needs it is
 * shaped by the JDK (Font.layoutGlyphVector: Arabic joining, Indic conjuncts and reordering, Thai
 * marks). Text that needs no layout (Latin, Greek, Cyrillic, CJK) takes the character map and advance
 * widths directly, which is what the JDK does for it too, only faster.
 */
final class Shaper {

    /** Unhinted, fractional positions: the shape of the text, not of a screen's pixel grid. */
    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final List<Face> faces;
    private final Map<Integer, Float> primaryEms = new HashMap<>();

    Shaper(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    /**
     * The face of each character (at the index of its first char): each word (text between spaces)
     * takes the first face that has all its letters, so a name is not set in two typefaces because one
     * letter is missing from the first; a word that no face has whole takes, letter by letter, the
     * first face that has the letter. Spaces, and in mixed words digits, punctuation and marks, stay
     * with the face before them when it has them, so a phrase is shaped together.
     */
    Face[] facesOf(char[] chars) {
        Face[] chosen = new Face[chars.length];
        int i = 0;
        while (i < chars.length) {
            if (chars[i] == ' ') {
                i++;
                continue;
            }
            int end = i;
            while (end < chars.length && chars[end] != ' ') {
                end++;
            }
            Face whole = wholeWord(chars, i, end);
            Face previous = i > 0 ? chosen[i - 1] : null;
            for (int k = i; k < end; ) {
                int cp = Character.codePointAt(chars, k);
                chosen[k] = whole != null ? whole : faceFor(cp, previous);
                if (Character.charCount(cp) == 2) {
                    chosen[k + 1] = chosen[k];
                }
                previous = chosen[k];
                k += Character.charCount(cp);
            }
            i = end;
        }
        for (int k = 0; k < chars.length; k++) {
            if (chars[k] == ' ') {
                chosen[k] = faceFor(' ', k > 0 ? chosen[k - 1] : null);
            }
            if (chosen[k] == null) {
                chosen[k] = faces.get(0);
            }
        }
        return chosen;
    }

    private Face wholeWord(char[] chars, int start, int end) {
        for (Face face : faces) {
            boolean all = true;
            for (int k = start; k < end && all; ) {
                int cp = Character.codePointAt(chars, k);
                all = face.covers(cp) || Character.getType(cp) == Character.FORMAT;
                k += Character.charCount(cp);
            }
            if (all) {
                return face;
            }
        }
        return null;
    }

    /** The first face that has the character, or the face before it for a space, digit, punctuation or mark. */
    Face faceFor(int codePoint, Face previous) {
        if (previous != null && neutral(codePoint) && previous.covers(codePoint)) {
            return previous;
        }
        for (Face face : faces) {
            if (face.covers(codePoint)) {
                return face;
            }
        }
        return null;
    }

    private static boolean neutral(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED;
    }

    /** True when the text needs the JDK's layout: a complex script, or any right-to-left text. */
    static boolean needsLayout(String text) {
        boolean basic = true; // Latin-1 and Latin Extended: the sheet's own texts, and most names
        for (int i = 0; i < text.length() && basic; i++) {
            basic = text.charAt(i) < 0x0300;
        }
        if (basic) {
            return false;
        }
        char[] chars = text.toCharArray();
        return Font.textRequiresLayout(chars, 0, chars.length) || Bidi.requiresBidi(chars, 0, chars.length);
    }

    /** Width in ems of text that needs no layout: the advances of its characters' glyphs. */
    float plainEms(String text) {
        // Text the first face has whole is set in it alone; measured often while wrapping, so cached.
        float ems = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Float advance = primaryEms.get(cp);
            if (advance == null) {
                Face primary = faces.get(0);
                advance = primary.covers(cp) ? primary.advance(primary.glyph(cp)) / primary.unitsPerEm() : Float.NaN;
                primaryEms.put(cp, advance);
            }
            if (advance.isNaN()) {
                return mixedEms(text);
            }
            ems += advance;
            i += Character.charCount(cp);
        }
        return ems;
    }

    private float mixedEms(String text) {
        char[] chars = text.toCharArray();
        Face[] chosen = facesOf(chars);
        float ems = 0;
        for (int i = 0; i < chars.length; ) {
            int cp = Character.codePointAt(chars, i);
            ems += chosen[i].advance(chosen[i].glyph(cp)) / chosen[i].unitsPerEm();
            i += Character.charCount(cp);
        }
        return ems;
    }

    ShapedLine shape(String text) {
        char[] chars = text.toCharArray();
        // The first strong character sets the line's direction, as in the JDK's TextLayout.
        Bidi bidi = needsLayout(text) ? new Bidi(chars, 0, null, 0, chars.length, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT) : null;
        List<int[]> items = new ArrayList<>(); // start, limit, level
        List<Face> itemFaces = new ArrayList<>();
        Face[] chosen = facesOf(chars);
        for (int i = 0; i < chars.length; ) {
            int cp = Character.codePointAt(chars, i);
            Face now = chosen[i];
            int level = bidi == null ? 0 : bidi.getLevelAt(i);
            int last = items.size() - 1;
            if (last >= 0 && itemFaces.get(last) == now && items.get(last)[2] == level) {
                items.get(last)[1] = i + Character.charCount(cp);
            } else {
                items.add(new int[] {i, i + Character.charCount(cp), level});
                itemFaces.add(now);
            }
            i += Character.charCount(cp);
        }
        byte[] levels = new byte[items.size()];
        ShapedLine.Run[] runs = new ShapedLine.Run[items.size()];
        for (int k = 0; k < runs.length; k++) {
            int[] item = items.get(k);
            levels[k] = (byte) item[2];
            boolean rtl = (item[2] & 1) == 1;
            runs[k] = !rtl && !Font.textRequiresLayout(chars, item[0], item[1])
                    ? plain(itemFaces.get(k), chars, item[0], item[1])
                    : shaped(itemFaces.get(k), chars, item[0], item[1], rtl);
        }
        Bidi.reorderVisually(levels, 0, runs, 0, runs.length);
        float ems = 0;
        for (ShapedLine.Run run : runs) {
            ems += run.ems();
        }
        return new ShapedLine(List.of(runs), ems);
    }

    private static ShapedLine.Run plain(Face face, char[] chars, int start, int limit) {
        int count = Character.codePointCount(chars, start, limit - start);
        int[] glyphs = new int[count];
        float[] x = new float[count];
        String[] texts = new String[count];
        float pen = 0;
        int n = 0;
        for (int i = start; i < limit; ) {
            int cp = Character.codePointAt(chars, i);
            glyphs[n] = face.glyph(cp);
            x[n] = pen;
            texts[n] = new String(chars, i, Character.charCount(cp));
            pen += face.advance(glyphs[n]);
            n++;
            i += Character.charCount(cp);
        }
        return new ShapedLine.Run(face, glyphs, x, new float[count], texts, pen);
    }

    private static ShapedLine.Run shaped(Face face, char[] chars, int start, int limit, boolean rtl) {
        GlyphVector vector = face.shaper().layoutGlyphVector(CONTEXT, chars, start, limit,
                rtl ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        int[] charIndex = vector.getGlyphCharIndices(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        String[] texts = clusterTexts(face, chars, start, limit - start, codes, charIndex, rtl);

        // Glyphs the layout marks invisible (zero-width joiners and the like) are left out.
        int kept = 0;
        int[] glyphs = new int[count];
        float[] x = new float[count];
        float[] y = new float[count];
        String[] keptTexts = new String[count];
        for (int g = 0; g < count; g++) {
            if (codes[g] <= 0 || codes[g] >= face.glyphCount()) {
                continue;
            }
            glyphs[kept] = codes[g];
            x[kept] = positions[2 * g] - positions[0];
            y[kept] = positions[2 * g + 1];
            keptTexts[kept] = texts[g];
            kept++;
        }
        float advance = positions[2 * count] - positions[0];
        return new ShapedLine.Run(face, Arrays.copyOf(glyphs, kept), Arrays.copyOf(x, kept), Arrays.copyOf(y, kept),
                Arrays.copyOf(keptTexts, kept), advance);
    }

    /**
     * What each glyph stands for. The layout tells, per glyph, the first character of its cluster (the
     * characters it was made from together with its neighbours). In a cluster, a glyph that is the
     * plain glyph of one of the characters stands for that character (a vowel sign moved in front of
     * its consonant, a mark); the first other glyph stands for the rest (a ligature, a conjunct, a
     * joined letter form); glyphs left over stand for nothing. Invisible format characters are not
     * given back. In right-to-left runs a ligature's characters are given right to left: PDF readers
     * take the glyphs as they stand on the line and reverse what they stand for, character by
     * character, so lam-alef stays "لا" and does not come back as "ال".
     */
    private static String[] clusterTexts(Face face, char[] chars, int start, int length, int[] codes, int[] charIndex,
                                         boolean rtl) {
        int[] starts = Arrays.stream(charIndex).filter(c -> c >= 0 && c < length).distinct().sorted().toArray();
        String[] texts = new String[codes.length];
        Arrays.fill(texts, "");
        for (int c = 0; c < starts.length; c++) {
            int from = starts[c];
            int to = c + 1 < starts.length ? starts[c + 1] : length;
            List<Integer> left = new ArrayList<>();
            for (int i = from; i < to; ) {
                int cp = Character.codePointAt(chars, start + i);
                if (Character.getType(cp) != Character.FORMAT) {
                    left.add(cp);
                }
                i += Character.charCount(cp);
            }
            int rest = -1;
            for (int g = 0; g < codes.length; g++) {
                if (charIndex[g] != from) {
                    continue;
                }
                int own = -1;
                for (int k = 0; k < left.size() && own < 0; k++) {
                    if (face.glyph(left.get(k)) == codes[g]) {
                        own = k;
                    }
                }
                if (own >= 0) {
                    texts[g] = Character.toString(left.remove(own));
                } else if (rest < 0) {
                    rest = g;
                }
            }
            if (!left.isEmpty()) {
                StringBuilder text = new StringBuilder();
                left.forEach(text::appendCodePoint);
                if (rtl) {
                    text.reverse();
                }
                int to2 = rest >= 0 ? rest : firstOf(charIndex, from);
                texts[to2] = texts[to2] + text;
            }
        }
        return texts;
    }

    private static int firstOf(int[] charIndex, int from) {
        for (int g = 0; g < charIndex.length; g++) {
            if (charIndex[g] == from) {
                return g;
            }
        }
        throw new IllegalStateException("no glyph for cluster " + from);
    }
}
