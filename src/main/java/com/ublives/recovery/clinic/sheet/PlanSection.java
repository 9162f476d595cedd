package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.Phase;

import java.util.ArrayList;
import java.util.List;

import static com.ublives.recovery.clinic.sheet.SheetStyle.FAINT;
import static com.ublives.recovery.clinic.sheet.SheetStyle.INK;
import static com.ublives.recovery.clinic.sheet.SheetStyle.LINE;
import static com.ublives.recovery.clinic.sheet.SheetStyle.MUTED;
import static com.ublives.recovery.clinic.sheet.SheetStyle.PRIMARY;
import static com.ublives.recovery.clinic.sheet.SheetStyle.PRIMARY_LIGHT;
import static com.ublives.recovery.clinic.sheet.SheetStyle.TINT;

/**
 * The plan as a schedule: one row per item, grouped by category, with a bar under each phase
 * (first 24 h, 24–48 h, 48–72+ h) the item applies in; then the advice left out, and why.
 */
final class PlanSection {

    private PlanSection() {
    }

    static float draw(Pen pen, Frame frame, float top, boolean compact) {
        float y = table(pen, frame, top, compact);
        return omitted(pen, frame, y, compact);
    }

    private static float table(Pen pen, Frame frame, float top, boolean compact) {
        Words words = frame.words();
        float y = pen.paragraph(words.get("plan.heading"), frame.left(), top, frame.width(), 11, PRIMARY, true, 1) + pen.s(2);

        Phase[] phases = Phase.values();
        float categoryWidth = pen.s(68);
        float phaseWidth = pen.s(60);
        float textLeft = frame.left() + categoryWidth;
        float textWidth = frame.width() - categoryWidth - phases.length * phaseWidth - pen.s(8);
        float phasesLeft = frame.right() - phases.length * phaseWidth;

        float headHeight = pen.lineHeight(7.5f) + pen.s(5);
        pen.drawing().add(new Drawing.Box(frame.left(), y, frame.width(), headHeight, TINT, null, 0, pen.s(3)));
        float headText = y + pen.s(2.5f);
        pen.line(words.get("plan.what"), textLeft, headText, textWidth, 7.5f, PRIMARY, true, 0);
        for (int i = 0; i < phases.length; i++) {
            pen.line(words.get("phase." + phases[i].name()), phasesLeft + i * phaseWidth, headText, phaseWidth, 7.5f, PRIMARY, true, 0.5f);
        }
        y += headHeight;

        List<Outcome.PlannedItem> plan = frame.content().outcome().plan();
        if (plan.isEmpty()) {
            return pen.paragraph(words.get("plan.empty"), textLeft, y + pen.s(4), textWidth, 8.5f, INK, false, 2);
        }
        float pad = pen.s(3.5f);
        for (Category category : Category.values()) {
            List<Outcome.PlannedItem> items = new ArrayList<>();
            for (Outcome.PlannedItem item : plan) {
                if (item.category() == category) {
                    items.add(item);
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            String key = "category." + category.name();
            String categoryLabel = words.has(key) ? words.get(key) : category.name();
            pen.paragraph(categoryLabel, frame.left() + pen.s(2), y + pad, categoryWidth - pen.s(6), 8, PRIMARY, true, 2);
            for (int i = 0; i < items.size(); i++) {
                Outcome.PlannedItem item = items.get(i);
                float rowTop = y;
                float bottom = pen.leadParagraph(item.title(), item.text(), textLeft, rowTop + pad, textWidth, 8.3f, INK,
                        compact ? 2 : 5) + pad;
                phaseBars(pen, item, phases, phasesLeft, phaseWidth, rowTop, bottom);
                if (i > 0) {
                    pen.drawing().add(new Drawing.Rule(textLeft, rowTop, frame.right(), rowTop, FAINT, pen.s(0.5f)));
                }
                y = bottom;
            }
            pen.drawing().add(new Drawing.Rule(frame.left(), y, frame.right(), y, LINE, pen.s(0.6f)));
        }
        return y;
    }

    /** One bar over each run of phases the item applies in, so a long item reads as one span. */
    private static void phaseBars(Pen pen, Outcome.PlannedItem item, Phase[] phases, float left, float phaseWidth,
                                  float rowTop, float rowBottom) {
        float barHeight = pen.s(6);
        float barTop = rowTop + pen.s(3.5f) + (pen.lineHeight(8.3f) - barHeight) / 2;
        int i = 0;
        while (i < phases.length) {
            if (!item.appliesIn(phases[i])) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < phases.length && item.appliesIn(phases[end + 1])) {
                end++;
            }
            float x = left + i * phaseWidth + pen.s(6);
            float width = (end - i + 1) * phaseWidth - pen.s(12);
            pen.drawing().add(new Drawing.Box(x, barTop, width, barHeight, PRIMARY_LIGHT, null, 0, barHeight / 2));
            i = end + 1;
        }
    }

    private static float omitted(Pen pen, Frame frame, float top, boolean compact) {
        List<Outcome.Omission> omitted = frame.content().outcome().omitted();
        if (omitted.isEmpty()) {
            return top;
        }
        float y = pen.paragraph(frame.words().get("omitted.heading"), frame.left(), top + pen.s(7), frame.width(), 9.5f,
                PRIMARY, true, 1);
        float bullet = pen.s(9);
        for (Outcome.Omission omission : omitted) {
            String title = omission.title() == null || omission.title().isBlank() ? omission.id() : omission.title();
            pen.line("•", frame.left(), y, bullet, 8.3f, MUTED, false, 0);
            y = pen.leadParagraph(title, omission.reason(), frame.left() + bullet, y, frame.width() - bullet, 8.3f, INK,
                    compact ? 1 : 3);
        }
        return y;
    }
}
