package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.clinic.Paper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.ublives.recovery.clinic.sheet.SheetStyle.ALERT;
import static com.ublives.recovery.clinic.sheet.SheetStyle.ALERT_TINT;
import static com.ublives.recovery.clinic.sheet.SheetStyle.AMBER_INK;
import static com.ublives.recovery.clinic.sheet.SheetStyle.INK;
import static com.ublives.recovery.clinic.sheet.SheetStyle.LINE;
import static com.ublives.recovery.clinic.sheet.SheetStyle.MARGIN;
import static com.ublives.recovery.clinic.sheet.SheetStyle.MUTED;
import static com.ublives.recovery.clinic.sheet.SheetStyle.PRIMARY;
import static com.ublives.recovery.clinic.sheet.SheetStyle.PRIMARY_LIGHT;
import static com.ublives.recovery.clinic.sheet.SheetStyle.TINT;

/**
 * Lays a recovery's summary out on one page with the sheet's pen: the title and the massage, the chart of
 * soreness against the expected course, then the sections. Like the aftercare sheet, it shrinks step by step
 * until everything fits above the footer, and as a last resort leaves out what would cross it.
 */
final class SummaryLayout {

    private static final float MIN_SCALE = 0.55f;
    private static final float STEP = 0.94f;
    private static final float CHART_HEIGHT = 130;

    private final SheetFont font;

    SummaryLayout(SheetFont font) {
        this.font = font;
    }

    SheetLayout.Page layout(SummaryContent content) {
        Paper paper = content.paper();
        Set<String> leftOut = new LinkedHashSet<>();
        float scale = 1;
        Attempt attempt = attempt(content, scale, leftOut);
        while (!attempt.fits() && scale * STEP >= MIN_SCALE) {
            scale *= STEP;
            attempt = attempt(content, scale, leftOut);
        }
        if (attempt.fits()) {
            return new SheetLayout.Page(paper, attempt.page(), scale, false, leftOut);
        }
        Drawing clipped = new Drawing();
        attempt.footer().marks().forEach(clipped::add);
        for (Drawing.Mark mark : attempt.body().marks()) {
            if (SheetLayout.bottom(mark) <= attempt.limit()) {
                clipped.add(mark);
            }
        }
        return new SheetLayout.Page(paper, clipped, scale, true, leftOut);
    }

    private record Attempt(Drawing body, Drawing footer, float limit, boolean fits) {
        Drawing page() {
            Drawing page = new Drawing();
            footer.marks().forEach(page::add);
            body.marks().forEach(page::add);
            return page;
        }
    }

    private Attempt attempt(SummaryContent c, float scale, Set<String> leftOut) {
        float left = MARGIN;
        float width = c.paper().width() - 2 * MARGIN;
        Drawing footer = new Drawing();
        float footerTop = footer(new Pen(footer, font, scale, leftOut), c, left, width);
        Drawing body = new Drawing();
        Pen pen = new Pen(body, font, scale, leftOut);
        float y = MARGIN;
        y = pen.paragraph(c.title(), left, y, width, 17, PRIMARY, true, 2);
        if (c.subtitle() != null && !c.subtitle().isBlank()) {
            y = pen.paragraph(c.subtitle(), left, y + pen.s(2), width, 8.5f, MUTED, false, 3);
        }
        y += pen.s(6);
        for (SummaryContent.Fact fact : c.facts()) {
            y = pen.leadParagraph(fact.label() + ":", fact.value(), left, y, width, 8.5f, INK, 3);
        }
        // a red flag's section comes before everything else: what to do now first (docs/rules.md)
        for (SummaryContent.Section section : c.sections()) {
            if (section.alert()) {
                y = section(pen, section, left, y + pen.s(10), width);
            }
        }
        y = chart(pen, c.chart(), left, y + pen.s(10), width);
        for (SummaryContent.Section section : c.sections()) {
            if (!section.alert()) {
                y = section(pen, section, left, y + pen.s(10), width);
            }
        }
        float limit = footerTop - pen.s(6);
        return new Attempt(body, footer, limit, y <= limit);
    }

    private float section(Pen pen, SummaryContent.Section section, float left, float top, float width) {
        Drawing drawing = pen.drawing();
        float y = pen.paragraph(section.heading(), left, top, width, 10.5f, section.alert() ? ALERT : PRIMARY, true, 2);
        drawing.add(new Drawing.Rule(left, y + pen.s(1), left + width, y + pen.s(1), LINE, pen.s(0.6f)));
        y += pen.s(4);
        if (section.note() != null && !section.note().isBlank()) {
            y = pen.paragraph(section.note(), left, y, width, 7.5f, MUTED, false, 4) + pen.s(2);
        }
        for (SummaryContent.Entry entry : section.entries()) {
            float top0 = y;
            float indent = pen.s(7);
            y = pen.leadParagraph(entry.lead(), entry.text(), left + indent, y, width - indent, 8, entry.alert() ? ALERT : INK, 8);
            // a bar at the left of each entry; red for a red flag, so it stands out even printed in grey
            drawing.add(new Drawing.Rule(left + pen.s(2), top0 + pen.s(2), left + pen.s(2), y - pen.s(1),
                    entry.alert() ? ALERT : PRIMARY_LIGHT, pen.s(entry.alert() ? 2.2f : 1.2f)));
            y += pen.s(2.5f);
        }
        return y;
    }

    /** The chart: axes, the expected hours shaded, the watch line, and the readings joined in time order. */
    private float chart(Pen pen, SummaryContent.Chart chart, float left, float top, float width) {
        Drawing d = pen.drawing();
        float y = pen.paragraph(chart.heading(), left, top, width, 10.5f, PRIMARY, true, 1) + pen.s(4);
        float axisSize = 7;
        float x0 = left + pen.s(26);
        float x1 = left + width - pen.s(6);
        float yTop = y + pen.s(4);
        float yBottom = yTop + pen.s(CHART_HEIGHT);
        double last = chart.points().stream().mapToDouble(SummaryContent.Point::hours).max().orElse(0);
        int span = (int) Math.max(chart.watchHours() + 12, Math.ceil(Math.max(last, chart.expectedTo()) / 12.0) * 12 + 12);
        int step = span > 144 ? 24 : 12;
        java.util.function.DoubleUnaryOperator xAt = h -> x0 + (float) (Math.min(h, span) / span) * (x1 - x0);
        java.util.function.IntToDoubleFunction yAt = s -> yBottom - s / 10.0 * (yBottom - yTop);

        float bandLeft = (float) xAt.applyAsDouble(Math.max(0, chart.expectedFrom()));
        float bandRight = (float) xAt.applyAsDouble(Math.max(chart.expectedFrom(), chart.expectedTo()));
        d.add(new Drawing.Box(bandLeft, yTop, Math.max(1, bandRight - bandLeft), yBottom - yTop, TINT, null, 0, 0));
        pen.line(chart.expectedLabel(), bandLeft + pen.s(2), yTop + pen.s(2), Math.max(pen.s(40), x1 - bandLeft - pen.s(4)),
                axisSize, PRIMARY, false, 0);
        for (int s = 0; s <= 10; s += 2) {
            float gy = (float) yAt.applyAsDouble(s);
            d.add(new Drawing.Rule(x0, gy, x1, gy, s == 0 ? MUTED : LINE, pen.s(s == 0 ? 0.8f : 0.4f)));
            pen.line(Integer.toString(s), left, gy - pen.s(axisSize) * 0.6f, x0 - left - pen.s(4), axisSize, MUTED, false, 1);
        }
        d.add(new Drawing.Rule(x0, yTop, x0, yBottom, MUTED, pen.s(0.8f)));
        for (int h = 0; h <= span; h += step) {
            float gx = (float) xAt.applyAsDouble(h);
            d.add(new Drawing.Rule(gx, yBottom, gx, yBottom + pen.s(2.5f), MUTED, pen.s(0.6f)));
            pen.line(Integer.toString(h), gx - pen.s(15), yBottom + pen.s(3), pen.s(30), axisSize, MUTED, false, 0.5f);
        }
        float wx = (float) xAt.applyAsDouble(chart.watchHours());
        d.add(new Drawing.Rule(wx, yTop, wx, yBottom, AMBER_INK, pen.s(0.9f)));
        pen.line(chart.watchLabel(), wx + pen.s(2), yBottom - pen.s(axisSize) * 1.6f, x1 - wx, axisSize, AMBER_INK, false, 0);

        List<float[]> at = new ArrayList<>();
        for (SummaryContent.Point p : chart.points()) {
            at.add(new float[]{(float) xAt.applyAsDouble(p.hours()), (float) yAt.applyAsDouble(p.soreness())});
        }
        for (int i = 1; i < at.size(); i++) {
            d.add(new Drawing.Rule(at.get(i - 1)[0], at.get(i - 1)[1], at.get(i)[0], at.get(i)[1], PRIMARY, pen.s(1.4f)));
        }
        float r = pen.s(2.6f);
        for (int i = 0; i < at.size(); i++) {
            boolean alert = chart.points().get(i).alert();
            d.add(new Drawing.Box(at.get(i)[0] - r, at.get(i)[1] - r, 2 * r, 2 * r, alert ? ALERT : PRIMARY,
                    alert ? ALERT_TINT : null, pen.s(0.6f), r));
        }
        float below = yBottom + pen.s(3) + pen.lineHeight(axisSize);
        pen.line(chart.hoursAxis(), x0, below, x1 - x0, axisSize, MUTED, false, 0.5f);
        pen.line(chart.sorenessAxis(), x0 + pen.s(4), yTop - pen.s(axisSize) * 1.4f, (x1 - x0) / 2, axisSize, MUTED, false, 0);
        return below + pen.lineHeight(axisSize);
    }

    private float footer(Pen pen, SummaryContent c, float left, float width) {
        float size = 7;
        List<String> lines = pen.lines(c.footer(), size, width, 3);
        float bottom = c.paper().height() - MARGIN;
        float top = bottom - lines.size() * pen.lineHeight(size);
        pen.lines(lines, left, top, size, MUTED, false);
        float rule = top - pen.s(5);
        pen.drawing().add(new Drawing.Rule(left, rule, left + width, rule, LINE, pen.s(0.6f)));
        return rule;
    }
}
