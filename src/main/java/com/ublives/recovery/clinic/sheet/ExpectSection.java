package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.rules.Band;
import com.ublives.recovery.rules.Outcome;

import java.awt.Color;

import static com.ublives.recovery.clinic.sheet.SheetStyle.AMBER;
import static com.ublives.recovery.clinic.sheet.SheetStyle.AMBER_INK;
import static com.ublives.recovery.clinic.sheet.SheetStyle.FAINT;
import static com.ublives.recovery.clinic.sheet.SheetStyle.INK;
import static com.ublives.recovery.clinic.sheet.SheetStyle.LINE;
import static com.ublives.recovery.clinic.sheet.SheetStyle.MUTED;
import static com.ublives.recovery.clinic.sheet.SheetStyle.PRIMARY;
import static com.ublives.recovery.clinic.sheet.SheetStyle.PRIMARY_LIGHT;

/**
 * What soreness to expect (the band and a 0–72+ hour timeline, with notes the engine raised) beside a
 * small grid where the client notes their soreness at 24, 48 and 72 hours.
 */
final class ExpectSection {

    private ExpectSection() {
    }

    static float draw(Pen pen, Frame frame, float top, boolean compact) {
        float leftWidth = frame.width() * 0.6f;
        float gap = pen.s(16);
        float leftBottom = expectation(pen, frame, top, leftWidth, compact);
        float logLeft = frame.left() + leftWidth + gap;
        float logBottom = sorenessLog(pen, frame, logLeft, top, frame.right() - logLeft);
        return Math.max(leftBottom, logBottom);
    }

    private static float expectation(Pen pen, Frame frame, float top, float width, boolean compact) {
        Words words = frame.words();
        Outcome outcome = frame.content().outcome();
        Band band = outcome.band();
        float x = frame.left();
        float y = pen.paragraph(words.get("expect.heading"), x, top, width, 11, PRIMARY, true, 1);
        y = pen.paragraph(band.course(), x, y + pen.s(1), width, 9.5f, INK, true, 2);
        y = pen.paragraph(band.description(), x, y, width, 8.5f, INK, false, compact ? 2 : 4);
        y = timeline(pen, frame, band, x, y + pen.s(6), width);
        for (Outcome.Warning warning : outcome.warnings()) {
            if (!warning.isRedFlag()) {
                y = pen.leadParagraph(words.get("expect.note"), warning.message(), x, y + pen.s(2), width, 8f, AMBER_INK, compact ? 2 : 4);
            }
        }
        return y;
    }

    /** A bar over 0 to 72+ hours: sore until the band's start, easing until its end, then "call us". */
    private static float timeline(Pen pen, Frame frame, Band band, float x, float top, float width) {
        int watch = frame.watchHours();
        float span = watch * 7 / 6f; // room right of the watch mark for "72+"
        float barHeight = pen.s(9);
        int easeFrom = Math.min(band.minHours(), watch);
        int easeTo = Math.min(band.maxHours(), watch);
        segment(pen, x, top, width, span, 0, easeFrom, barHeight, PRIMARY);
        segment(pen, x, top, width, span, easeFrom, easeTo, barHeight, PRIMARY_LIGHT);
        segment(pen, x, top, width, span, easeTo, watch, barHeight, FAINT);
        segment(pen, x, top, width, span, watch, span, barHeight, AMBER);
        pen.drawing().add(new Drawing.Box(x, top, width, barHeight, null, LINE, pen.s(0.5f), 0));

        float tickTop = top + barHeight;
        float labelWidth = pen.s(30);
        for (int hour = 0; hour <= watch; hour += 12) {
            if (hour % 24 != 0 && hour != easeFrom && hour != easeTo) {
                continue;
            }
            float tx = x + width * hour / span;
            pen.drawing().add(new Drawing.Rule(tx, tickTop, tx, tickTop + pen.s(3), MUTED, pen.s(0.6f)));
            String label = hour == watch ? hour + "+ h" : hour + " h";
            float align = hour == 0 ? 0 : 0.5f;
            float lx = hour == 0 ? tx : tx - labelWidth / 2;
            pen.line(label, lx, tickTop + pen.s(3.5f), labelWidth, 7, MUTED, false, align);
        }
        float legendTop = tickTop + pen.s(4) + pen.lineHeight(7) + pen.s(2);
        float lx = x;
        Words words = frame.words();
        lx = legend(pen, lx, legendTop, PRIMARY, words.get("timeline.sore"));
        lx = legend(pen, lx, legendTop, PRIMARY_LIGHT, words.get("timeline.easing", band.hoursLabel()));
        legend(pen, lx, legendTop, AMBER, words.get("timeline.call", watch));
        return legendTop + pen.lineHeight(7.5f);
    }

    private static void segment(Pen pen, float x, float top, float width, float span, float from, float to,
                                float height, Color color) {
        if (to > from) {
            pen.drawing().add(new Drawing.Box(x + width * from / span, top, width * (to - from) / span, height, color, null, 0, 0));
        }
    }

    private static float legend(Pen pen, float x, float top, Color color, String text) {
        float swatch = pen.s(7);
        pen.drawing().add(new Drawing.Box(x, top + pen.s(1), swatch, swatch, color, null, 0, pen.s(1)));
        String printable = pen.printable(text);
        float textWidth = pen.width(printable, 7.5f);
        pen.line(printable, x + swatch + pen.s(3), top, textWidth + 1, 7.5f, INK, false, 0);
        return x + swatch + pen.s(3) + textWidth + pen.s(10);
    }

    /** A 0–10 row for each day, to circle; the client brings it back or reads it out on the phone. */
    private static float sorenessLog(Pen pen, Frame frame, float x, float top, float width) {
        Words words = frame.words();
        float pad = pen.s(7);
        float y = top + pad;
        float inner = width - 2 * pad;
        y = pen.paragraph(words.get("log.heading"), x + pad, y, inner, 9.5f, PRIMARY, true, 1);
        y = pen.paragraph(words.get("log.hint"), x + pad, y, inner, 7, MUTED, false, 2) + pen.s(3);
        float rowLabel = pen.s(28);
        float cell = (inner - rowLabel) / 11;
        float rowHeight = Math.min(cell, pen.s(15));
        for (int day = 1; day * 24 <= frame.watchHours(); day++) {
            pen.line(words.get("log.row", day * 24), x + pad, y + (rowHeight - pen.lineHeight(7.5f)) / 2 + pen.s(1),
                    rowLabel, 7.5f, INK, true, 0);
            for (int n = 0; n <= 10; n++) {
                float cx = x + pad + rowLabel + n * cell;
                pen.drawing().add(new Drawing.Box(cx, y, cell, rowHeight, null, LINE, pen.s(0.6f), 0));
                pen.line(String.valueOf(n), cx, y + (rowHeight - pen.lineHeight(7)) / 2 + pen.s(1), cell, 7, MUTED, false, 0.5f);
            }
            y += rowHeight + pen.s(3);
        }
        float bottom = y + pad - pen.s(3);
        pen.drawing().add(new Drawing.Box(x, top, width, bottom - top, null, LINE, pen.s(0.8f), pen.s(4)));
        return bottom;
    }
}
