package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.PhrasedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * One bundled typeface, read twice from the same bytes: by FontBox for the character map, the
 * advance widths and the subset a PDF embeds, and (only when a text needs shaping) by the JDK, whose
 * text layout shapes it. Both read the same file, so a glyph id means the same glyph to both. The
 * file is read on first use: a sheet in Latin letters never opens the Thai font. Not thread-safe:
 * the {@link SheetFont} that owns it serialises every use.
 */
final class Face {

    private final String resource;
    private final String faceName;
    private String name;
    private TrueTypeFont ttf;
    private CmapLookup cmap;
    private float unitsPerEm;
    private float[] advances;
    private Font shaper;

    private Face(String resource, String faceName) {
        this.resource = resource;
        this.faceName = faceName;
    }

    /**
     * A .ttf file, or the named face of a .ttc collection, from the sheet's font folder; refused at
     * once when the application lacks the file, read when first needed.
     */
    static Face of(String resource, String faceName) {
        if (Face.class.getResource(resource) == null) {
            throw new IllegalStateException("The sheet font " + resource + " is missing from the application");
        }
        return new Face(resource, faceName);
    }

    private void read() {
        if (ttf != null) {
            return;
        }
        try (InputStream in = open(resource)) {
            TrueTypeFont font;
            if (faceName == null) {
                font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            } else {
                // The collection reads its faces from the bytes it holds, so it must stay open with them.
                font = new TrueTypeCollection(in).getFontByName(faceName);
                if (font == null) {
                    throw new IllegalStateException("The sheet font " + resource + " has no face " + faceName);
                }
            }
            cmap = font.getUnicodeCmapLookup();
            unitsPerEm = font.getUnitsPerEm();
            advances = new float[font.getNumberOfGlyphs()];
            Arrays.fill(advances, Float.NaN);
            name = font.getName() == null ? resource : font.getName();
            ttf = font;
        } catch (IOException e) {
            throw new PhrasedIOException(Phrase.of("sheet.fontUnreadable", resource, com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Face.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("The sheet font " + resource + " is missing from the application");
        }
        return in;
    }

    TrueTypeFont ttf() {
        read();
        return ttf;
    }

    /** The font's PostScript name, as a PDF names it. */
    String name() {
        read();
        return name;
    }

    float unitsPerEm() {
        read();
        return unitsPerEm;
    }

    /** The glyph the character map gives a character, 0 when the face lacks it. */
    int glyph(int codePoint) {
        read();
        return cmap.getGlyphId(codePoint);
    }

    boolean covers(int codePoint) {
        return glyph(codePoint) != 0;
    }

    /** Advance width of a glyph in font units. */
    float advance(int glyph) {
        read();
        float known = advances[glyph];
        if (Float.isNaN(known)) {
            try {
                known = ttf.getAdvanceWidth(glyph);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            advances[glyph] = known;
        }
        return known;
    }

    int glyphCount() {
        read();
        return advances.length;
    }

    /**
     * The same face for the JDK's text layout, sized at one em so that positions come in font units.
     * Made on first need (the file is read again rather than kept twice in memory): most sheets print
     * only text that needs no shaping.
     */
    Font shaper() {
        if (shaper == null) {
            try (InputStream in = open(resource)) {
                Font[] fonts = Font.createFonts(in);
                Font chosen = fonts[0];
                for (Font font : fonts) {
                    if (faceName != null && faceName.equals(font.getPSName())) {
                        chosen = font;
                    }
                }
                shaper = chosen.deriveFont(unitsPerEm());
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("The JDK cannot read the sheet font " + resource + ": " + e.getMessage(), e);
            }
        }
        return shaper;
    }

    @Override
    public String toString() {
        return resource;
    }
}
