package com.ublives.recovery.clinic.sheet;

import org.apache.fontbox.ttf.HorizontalHeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.util.Matrix;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bundled faces as fonts of one PDF, written glyph by glyph. PDFBox's own text drawing maps
 * characters to glyphs one to one, which cannot show joined Arabic letters or Indic conjuncts; here
 * the glyphs the {@link Shaper} chose are written by id (Type 0 fonts, Identity-H, the glyph id as
 * CID) at the positions it gave. When the document is done, {@link #finish} embeds each face used as a
 * subset of exactly those glyphs, with a ToUnicode map from each glyph to the text it stands for, so
 * a PDF reader can still select, search and copy the words.
 */
final class PdfFonts {

    /** The tables a PDF's TrueType font program needs (no cmap: glyphs are found by CID). */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx",
            "fpgm", "gasp");

    private final PDDocument document;
    private final List<Face> faces;
    private final Map<Face, Embedded> used = new LinkedHashMap<>();

    PdfFonts(PDDocument document, List<Face> faces) {
        this.document = document;
        this.faces = faces;
    }

    /** One face in this document: its font dictionaries, and the glyphs written so far with their text. */
    private static final class Embedded {
        final Face face;
        final COSName name;
        final COSDictionary font = new COSDictionary();
        final COSDictionary cidFont = new COSDictionary();
        final PDFontDescriptor descriptor = new PDFontDescriptor(new COSDictionary());
        final Map<Integer, Integer> widths = new HashMap<>();
        final Map<Integer, String> texts = new HashMap<>();

        Embedded(Face face, COSName name) {
            this.face = face;
            this.name = name;
        }

        /** Width of a glyph as the PDF states it, in thousandths of the font size. */
        int width(int glyph) {
            Integer known = widths.get(glyph);
            if (known == null) {
                known = Math.round(face.advance(glyph) * 1000 / face.unitsPerEm());
                widths.put(glyph, known);
            }
            return known;
        }
    }

    /**
     * Writes a shaped line with its left end at x on the baseline, inside a text object (BT ... ET)
     * whose colour and rendering mode are already set.
     */
    void show(PDPageContentStream out, PDResources resources, ShapedLine line, float x, float baseline, float size)
            throws IOException {
        float pen = x;
        for (ShapedLine.Run run : line.runs()) {
            if (run.glyphs().length > 0) {
                Embedded font = font(run.face(), resources);
                out.appendRawCommands("/" + font.name.getName() + " " + number(size) + " Tf\n");
                out.setTextMatrix(Matrix.getTranslateInstance(pen, baseline));
                out.appendRawCommands(glyphs(font, run, size));
            }
            pen += run.ems() * size;
        }
    }

    /**
     * The run as TJ arrays: glyph ids in hex, with a shift wherever the shaped position differs from
     * where the glyph widths alone would put the glyph (kerning, marks), and a text rise for glyphs
     * placed above or below the baseline (Arabic and Indic marks).
     */
    private String glyphs(Embedded font, ShapedLine.Run run, float size) {
        float unitsPerEm = run.face().unitsPerEm();
        StringBuilder out = new StringBuilder(run.glyphs().length * 6 + 16);
        float pdfPen = 0; // where the PDF puts the next glyph, in font units
        float rise = 0;
        boolean open = false;
        boolean inHex = false;
        for (int i = 0; i < run.glyphs().length; i++) {
            int glyph = run.glyphs()[i];
            if (!run.texts()[i].isEmpty()) {
                // One text per glyph in a PDF: the first the document met (a glyph nearly always stands for the same).
                font.texts.putIfAbsent(glyph, run.texts()[i]);
            }
            float wantRise = -run.y()[i] / unitsPerEm * size;
            if (Math.abs(wantRise - rise) > 0.001f) {
                if (open) {
                    out.append(inHex ? ">] TJ\n" : "] TJ\n");
                    open = false;
                    inHex = false;
                }
                rise = wantRise;
                out.append(number(rise)).append(" Ts\n");
            }
            if (!open) {
                out.append('[');
                open = true;
            }
            float shift = (run.x()[i] - pdfPen) * 1000 / unitsPerEm;
            if (Math.abs(shift) >= 0.5f) {
                if (inHex) {
                    out.append('>');
                    inHex = false;
                }
                out.append(' ').append(number(-shift)).append(' ');
                pdfPen = run.x()[i];
            }
            if (!inHex) {
                out.append('<');
                inHex = true;
            }
            hex(out, glyph, 4);
            pdfPen += font.width(glyph) * unitsPerEm / 1000;
        }
        if (open) {
            out.append(inHex ? ">] TJ\n" : "] TJ\n");
        }
        if (rise != 0) {
            out.append("0 Ts\n");
        }
        return out.toString();
    }

    /** The face's font in this document, made on its first use and named in the page's resources. */
    private Embedded font(Face face, PDResources resources) {
        Embedded font = used.computeIfAbsent(face, f -> start(f, COSName.getPDFName("SF" + faces.indexOf(f))));
        COSDictionary pageFonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (pageFonts == null) {
            pageFonts = new COSDictionary();
            resources.getCOSObject().setItem(COSName.FONT, pageFonts);
        }
        if (pageFonts.getItem(font.name) == null) {
            pageFonts.setItem(font.name, font.font);
        }
        return font;
    }

    /** The font's dictionaries, the same for every page; the program, widths and maps come at the end. */
    private static Embedded start(Face face, COSName name) {
        Embedded font = new Embedded(face, name);
        font.font.setItem(COSName.TYPE, COSName.FONT);
        font.font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.font.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(font.cidFont);
        font.font.setItem(COSName.DESCENDANT_FONTS, descendants);

        font.cidFont.setItem(COSName.TYPE, COSName.FONT);
        font.cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);
        font.cidFont.setItem(COSName.CIDSYSTEMINFO, system);
        font.cidFont.setItem(COSName.FONT_DESC, font.descriptor);
        describe(face, font.descriptor);
        return font;
    }

    private static void describe(Face face, PDFontDescriptor descriptor) {
        TrueTypeFont ttf = face.ttf();
        try {
            float scale = 1000 / face.unitsPerEm();
            var head = ttf.getHeader();
            HorizontalHeaderTable hhea = ttf.getHorizontalHeader();
            OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
            descriptor.getCOSObject().setItem(COSName.TYPE, COSName.FONT_DESC);
            // Symbolic: the glyphs are named by id, not by a standard character set.
            descriptor.setFlags(4);
            descriptor.setFontBoundingBox(new PDRectangle(head.getXMin() * scale, head.getYMin() * scale,
                    (head.getXMax() - head.getXMin()) * scale, (head.getYMax() - head.getYMin()) * scale));
            descriptor.setItalicAngle(ttf.getPostScript() == null ? 0 : ttf.getPostScript().getItalicAngle());
            descriptor.setAscent(hhea.getAscender() * scale);
            descriptor.setDescent(hhea.getDescender() * scale);
            descriptor.setCapHeight((os2 != null && os2.getCapHeight() > 0 ? os2.getCapHeight() : hhea.getAscender()) * scale);
            descriptor.setStemV(os2 == null ? 80 : 50 + (float) Math.pow(os2.getWeightClass() / 65f, 2));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the metrics of the sheet font " + face.name(), e);
        }
    }

    /** Embeds each face used as a subset of its glyphs, with widths and text; call once, before saving. */
    void finish() throws IOException {
        for (Embedded font : used.values()) {
            TTFSubsetter subsetter = new TTFSubsetter(font.face.ttf(), TABLES);
            subsetter.addGlyphIds(font.widths.keySet());
            Map<Integer, Integer> newToOld = subsetter.getGIDMap();
            ByteArrayOutputStream program = new ByteArrayOutputStream();
            subsetter.writeToStream(program);

            String name = tag(font.widths.keySet().hashCode()) + "+" + font.face.name();
            font.font.setName(COSName.BASE_FONT, name);
            font.cidFont.setName(COSName.BASE_FONT, name);
            font.descriptor.setFontName(name);
            PDStream file = new PDStream(document, new ByteArrayInputStream(program.toByteArray()), COSName.FLATE_DECODE);
            file.getCOSObject().setInt(COSName.LENGTH1, program.size());
            font.descriptor.setFontFile2(file);

            font.cidFont.setItem(COSName.W, widthArray(font));
            font.cidFont.setItem(COSName.CID_TO_GID_MAP, cidToGid(newToOld));
            font.font.setItem(COSName.TO_UNICODE, toUnicode(font.texts));
        }
    }

    /** Six capital letters that tell this subset from another of the same font, as PDF subsets are named. */
    private static String tag(int hash) {
        StringBuilder tag = new StringBuilder(6);
        long value = (hash * 0x9E3779B97F4A7C15L) >>> 16; // spread, so similar sets get unlike tags
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + value % 26));
            value /= 26;
        }
        return tag.toString();
    }

    /** W: runs of consecutive CIDs with their widths, [first [w1 w2 ...] first [w ...] ...]. */
    private static COSArray widthArray(Embedded font) {
        COSArray array = new COSArray();
        COSArray run = null;
        int previous = -2;
        for (Map.Entry<Integer, Integer> entry : new TreeMap<>(font.widths).entrySet()) {
            if (entry.getKey() != previous + 1) {
                run = new COSArray();
                array.add(COSInteger.get(entry.getKey()));
                array.add(run);
            }
            run.add(COSInteger.get(entry.getValue()));
            previous = entry.getKey();
        }
        return array;
    }

    /** The content names glyphs by their id in the whole font; the subset numbers them anew. */
    private PDStream cidToGid(Map<Integer, Integer> newToOld) throws IOException {
        int maxCid = newToOld.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        byte[] map = new byte[(maxCid + 1) * 2];
        newToOld.forEach((newGid, oldGid) -> {
            map[oldGid * 2] = (byte) (newGid >> 8);
            map[oldGid * 2 + 1] = (byte) (int) newGid;
        });
        return new PDStream(document, new ByteArrayInputStream(map), COSName.FLATE_DECODE);
    }

    private PDStream toUnicode(Map<Integer, String> texts) throws IOException {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = texts.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                hex(cmap.append('<'), entry.getKey(), 4).append("> <");
                for (byte b : entry.getValue().getBytes(StandardCharsets.UTF_16BE)) {
                    hex(cmap, b & 0xFF, 2);
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        cmap.append("endcmap\n").append("CMapName currentdict /CMap defineresource pop\n").append("end\n").append("end\n");
        return new PDStream(document, new ByteArrayInputStream(cmap.toString().getBytes(StandardCharsets.US_ASCII)),
                COSName.FLATE_DECODE);
    }

    private static StringBuilder hex(StringBuilder out, int value, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append(Character.toUpperCase(Character.forDigit((value >> shift) & 0xF, 16)));
        }
        return out;
    }

    /** A number as PDF content writes it: plain decimals, never an exponent. */
    private static String number(float value) {
        long thousandths = Math.round(value * 1000.0);
        return thousandths % 1000 == 0 ? Long.toString(thousandths / 1000)
                : BigDecimal.valueOf(thousandths, 3).stripTrailingZeros().toPlainString();
    }
}
