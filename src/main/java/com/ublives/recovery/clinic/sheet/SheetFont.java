package com.ublives.recovery.clinic.sheet;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The one font of the sheets (WenQuanYi Micro Hei, bundled: see font/README.md), parsed once and
 * shared by every document. It measures text itself, so layout needs no document, and it turns any
 * text into text the font can show. FontBox reads the font lazily and is not thread-safe: callers
 * hold {@link #lock()} while they measure or embed.
 */
public final class SheetFont {

    static final String RESOURCE = "font/wqy-microhei.ttc";
    static final String FACE = "WenQuanYiMicroHei";

    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;
    private final Map<Integer, Float> advances = new HashMap<>();
    private final Object lock = new Object();

    private SheetFont(TrueTypeFont ttf) throws IOException {
        this.ttf = ttf;
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
    }

    /** Reads the bundled font: about 5 MB, a few tens of milliseconds; do it once. */
    public static SheetFont load() {
        try (InputStream in = SheetFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The sheet font " + RESOURCE + " is missing from the application");
            }
            // The collection keeps its bytes in memory and must stay open while the face is used.
            TrueTypeCollection collection = new TrueTypeCollection(in);
            TrueTypeFont face = collection.getFontByName(FACE);
            if (face == null) {
                throw new IllegalStateException("The sheet font has no face " + FACE);
            }
            return new SheetFont(face);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the sheet font: " + e.getMessage(), e);
        }
    }

    Object lock() {
        return lock;
    }

    /** The font for one document; only the glyphs the document uses are embedded when it is saved. */
    PDType0Font embedIn(PDDocument document) throws IOException {
        return PDType0Font.load(document, ttf, true);
    }

    /** Width in points of text already passed through {@link #printable}. */
    float width(String text, float size) {
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advance(cp);
            i += Character.charCount(cp);
        }
        return units / unitsPerEm * size;
    }

    private float advance(int codePoint) {
        Float known = advances.get(codePoint);
        if (known != null) {
            return known;
        }
        float value;
        try {
            value = ttf.getAdvanceWidth(cmap.getGlyphId(codePoint));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        advances.put(codePoint, value);
        return value;
    }

    boolean canShow(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /**
     * Text the font can show on one line: composed accents (NFC), any white space as one space,
     * control characters and stray combining marks dropped, and "?" for a character the font lacks,
     * so an unusual name never stops a sheet from printing.
     */
    String printable(String text) {
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
            lastSpace = false;
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT) {
                continue;
            }
            if (canShow(cp)) {
                out.appendCodePoint(cp);
            } else if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                out.append('?');
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }
}
