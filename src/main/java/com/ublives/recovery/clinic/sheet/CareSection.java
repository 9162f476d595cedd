package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.RedFlag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.ublives.recovery.clinic.sheet.SheetStyle.ALERT;
import static com.ublives.recovery.clinic.sheet.SheetStyle.ALERT_TINT;
import static com.ublives.recovery.clinic.sheet.SheetStyle.INK;
import static com.ublives.recovery.clinic.sheet.SheetStyle.PRIMARY;
import static com.ublives.recovery.clinic.sheet.SheetStyle.TINT;

/**
 * When to get help: a boxed list of every red flag of the rule set, grouped by how fast to act,
 * and the line that says whom to call if the soreness lasts past the watch hours.
 */
final class CareSection {

    private static final float ITEM_SIZE = 8.3f;

    private CareSection() {
    }

    /** A heading or an item of the box; a heading stays in the same column as the item after it. */
    private record Entry(String text, boolean heading, float height) {
    }

    static float draw(Pen pen, Frame frame, float top) {
        float y = redFlags(pen, frame, top);
        return callLine(pen, frame, y + pen.s(8));
    }

    private static float redFlags(Pen pen, Frame frame, float top) {
        float pad = pen.s(8);
        float gap = pen.s(16);
        float inner = frame.width() - 2 * pad;
        float columnWidth = (inner - gap) / 2;
        float bullet = pen.s(9);

        // Everything is measured first and drawn after the box, which would otherwise cover it.
        List<Runnable> text = new ArrayList<>();
        String heading = frame.words().get("redflags.heading");
        text.add(() -> pen.paragraph(heading, frame.left() + pad, top + pad, inner, 11.5f, ALERT, true, 1));
        float columnTop = top + pad + pen.lineHeight(11.5f) + pen.s(2);
        List<Entry> entries = entries(pen, frame, columnWidth, bullet);
        int split = balancedSplit(entries, pen.lineHeight(ITEM_SIZE) * 1.5f);
        List<Entry> second = new ArrayList<>(entries.subList(split, entries.size()));
        if (!second.isEmpty() && !second.get(0).heading()) {
            second.add(0, headingBefore(entries, split)); // a group split between columns keeps its heading
        }
        float bottom = columnTop;
        for (int column = 0; column < 2; column++) {
            float x = frame.left() + pad + column * (columnWidth + gap);
            float cy = columnTop;
            for (Entry entry : column == 0 ? entries.subList(0, split) : second) {
                if (entry.heading() && cy > columnTop) {
                    cy += pen.s(3);
                }
                float entryTop = cy;
                if (entry.heading()) {
                    text.add(() -> pen.paragraph(entry.text(), x, entryTop, columnWidth, ITEM_SIZE, ALERT, true, 2));
                } else {
                    text.add(() -> {
                        pen.line("•", x, entryTop, bullet, ITEM_SIZE, ALERT, false, 0);
                        pen.paragraph(entry.text(), x + bullet, entryTop, columnWidth - bullet, ITEM_SIZE, INK, false, 3);
                    });
                }
                cy += entry.height();
            }
            bottom = Math.max(bottom, cy);
        }
        bottom += pad - pen.s(2);
        pen.drawing().add(new Drawing.Box(frame.left(), top, frame.width(), bottom - top, ALERT_TINT, ALERT, pen.s(1.2f), pen.s(4)));
        text.forEach(Runnable::run);
        return bottom;
    }

    private static Entry headingBefore(List<Entry> entries, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (entries.get(i).heading()) {
                return entries.get(i);
            }
        }
        throw new IllegalStateException("red flags without a heading");
    }

    /** All red flags of the rule set, most urgent group first, each group under its heading. */
    private static List<Entry> entries(Pen pen, Frame frame, float columnWidth, float bullet) {
        List<RedFlag> flags = new ArrayList<>(frame.content().rules().redFlags());
        flags.sort(Comparator.comparing((RedFlag f) -> group(f.level())).reversed());
        List<Entry> entries = new ArrayList<>();
        Level current = null;
        for (RedFlag flag : flags) {
            Level group = group(flag.level());
            if (group != current) {
                String heading = frame.words().get("redflags." + group.name());
                entries.add(new Entry(heading, true, pen.lines(heading, ITEM_SIZE, columnWidth, 2).size() * pen.lineHeight(ITEM_SIZE)));
                current = group;
            }
            int lines = pen.lines(flag.label(), ITEM_SIZE, columnWidth - bullet, 3).size();
            entries.add(new Entry(flag.label(), false, lines * pen.lineHeight(ITEM_SIZE)));
        }
        return entries;
    }

    /** Levels below WARNING read like WARNING: contact a doctor or the clinic. */
    private static Level group(Level level) {
        return level.atLeast(Level.WARNING) ? level : Level.WARNING;
    }

    /**
     * Where to start the second column so both are about as tall, never right after a heading; a
     * split between two groups wins over a more even one inside a group when it costs at most slack.
     */
    private static int balancedSplit(List<Entry> entries, float slack) {
        float total = 0;
        for (Entry entry : entries) {
            total += entry.height();
        }
        int best = entries.size();
        float bestHeight = total;
        int bestBoundary = -1;
        float bestBoundaryHeight = Float.MAX_VALUE;
        float before = 0;
        for (int i = 1; i < entries.size(); i++) {
            before += entries.get(i - 1).height();
            if (entries.get(i - 1).heading()) {
                continue;
            }
            float tallest = Math.max(before, total - before);
            if (tallest < bestHeight) {
                bestHeight = tallest;
                best = i;
            }
            if (entries.get(i).heading() && tallest < bestBoundaryHeight) {
                bestBoundaryHeight = tallest;
                bestBoundary = i;
            }
        }
        return bestBoundary > 0 && bestBoundaryHeight <= bestHeight + slack ? bestBoundary : best;
    }

    private static float callLine(Pen pen, Frame frame, float top) {
        String phone = frame.content().clinic().phone();
        String text = phone.isEmpty()
                ? frame.words().get("call.nophone", frame.watchHours())
                : frame.words().get("call.phone", frame.watchHours(), phone);
        float pad = pen.s(6);
        List<String> lines = pen.lines(text, 10.5f, frame.width() - 2 * pad, 2);
        float bottom = top + 2 * pad + lines.size() * pen.lineHeight(10.5f) - pen.s(2);
        pen.drawing().add(new Drawing.Box(frame.left(), top, frame.width(), bottom - top, TINT, null, 0, pen.s(4)));
        pen.lines(lines, frame.left() + pad, top + pad, 10.5f, PRIMARY, true);
        return bottom;
    }
}
