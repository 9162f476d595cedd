package com.ublives.recovery.clinic.sheet;

import java.awt.Color;
import java.util.List;
import java.util.Set;

/**
 * Writes text into a {@link Drawing} at one scale: wraps it, places the lines and says where the
 * text ends, so every section can stack below the one before it. Characters no font can show are
 * left out and gathered in leftOut, for the note that tells the person.
 */
final class Pen {

    private final Drawing drawing;
    private final SheetFont font;
    private final TextWrap wrap;
    private final float scale;
    private final Set<String> leftOut;

    Pen(Drawing drawing, SheetFont font, float scale, Set<String> leftOut) {
        this.drawing = drawing;
        this.font = font;
        this.wrap = new TextWrap(font);
        this.scale = scale;
        this.leftOut = leftOut;
    }

    /** A size or distance at this pen's scale. */
    float s(float points) {
        return points * scale;
    }

    float lineHeight(float size) {
        return s(size) * SheetStyle.LEADING;
    }

    String printable(String text) {
        return font.printable(text, leftOut);
    }

    float width(String printable, float size) {
        return font.width(printable, s(size));
    }

    List<String> lines(String text, float size, float width, int maxLines) {
        return wrap.lines(printable(text), s(size), width, maxLines);
    }

    /** Wrapped text from top y; returns the y under its last line. */
    float paragraph(String text, float x, float top, float width, float size, Color color, boolean bold, int maxLines) {
        return lines(lines(text, size, width, maxLines), x, top, size, color, bold);
    }

    float lines(List<String> lines, float x, float top, float size, Color color, boolean bold) {
        float y = top;
        for (String line : lines) {
            drawing.add(new Drawing.Text(x, y + s(size) * SheetStyle.ASCENT, s(size), line, color, bold));
            y += lineHeight(size);
        }
        return y;
    }

    /**
     * A bold lead-in followed by normal text, wrapped as one paragraph. Bold is drawn with the same
     * glyph widths, so the lines can be measured as plain text and split where the lead-in ends.
     */
    float leadParagraph(String lead, String text, float x, float top, float width, float size, Color color, int maxLines) {
        String head = printable(lead);
        String body = printable(text);
        String whole = head.isEmpty() ? body : body.isEmpty() ? head : head + "  " + body;
        List<String> lines = wrap.lines(whole, s(size), width, maxLines);
        float y = top;
        int boldEnd = head.length();
        int from = 0;
        for (String line : lines) {
            float baseline = y + s(size) * SheetStyle.ASCENT;
            // Lines are pieces of the whole in order (the wrap drops only the space at a break), so
            // finding each from where the last ended tells how much of the lead-in it holds.
            String core = line.endsWith(TextWrap.ELLIPSIS) ? line.substring(0, line.length() - TextWrap.ELLIPSIS.length()) : line;
            int start = Math.max(whole.indexOf(core, from), from);
            from = start + core.length();
            int boldHere = Math.max(0, Math.min(core.length(), boldEnd - start));
            if (boldHere > 0) {
                String bold = line.substring(0, boldHere);
                drawing.add(new Drawing.Text(x, baseline, s(size), bold, color, true));
                String rest = line.substring(boldHere);
                if (!rest.isEmpty()) {
                    drawing.add(new Drawing.Text(x + font.width(bold, s(size)), baseline, s(size), rest, color, false));
                }
            } else {
                drawing.add(new Drawing.Text(x, baseline, s(size), line, color, false));
            }
            y += lineHeight(size);
        }
        return y;
    }

    /** One line, cut with "..." if it is wider than width; align 0 left, 0.5 centre, 1 right of [x, x+width]. */
    void line(String text, float x, float top, float width, float size, Color color, boolean bold, float align) {
        String fitted = wrap.fitted(printable(text), s(size), width);
        float w = font.width(fitted, s(size));
        drawing.add(new Drawing.Text(x + (width - w) * align, top + s(size) * SheetStyle.ASCENT, s(size), fitted, color, bold));
    }

    Drawing drawing() {
        return drawing;
    }
}
