package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.i18n.Language;

import com.ublives.recovery.clinic.Paper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static com.ublives.recovery.clinic.sheet.SheetStyle.LINE;
import static com.ublives.recovery.clinic.sheet.SheetStyle.MARGIN;
import static com.ublives.recovery.clinic.sheet.SheetStyle.MUTED;

/**
 * Lays one sheet out on one page. It tries the full size first and shrinks step by step until
 * everything fits above the footer; if even the smallest size is too tall (a rule set with very long
 * texts), it shortens the plan's texts, and as a last resort leaves out what would cross the footer,
 * so nothing ever runs off the page.
 */
final class SheetLayout {

    private static final float MIN_SCALE = 0.62f;
    private static final float STEP = 0.94f;

    private final SheetFont font;
    /** The sheet's words in each language, loaded when a sheet in it is first laid out. */
    private final java.util.Map<Language, Words> words = new java.util.concurrent.ConcurrentHashMap<>();

    SheetLayout(SheetFont font) {
        this.font = font;
    }

    /**
     * The page, the scale it was laid out at (1 when it fitted at full size), and the characters left
     * out because no font has them.
     */
    record Page(Paper paper, Drawing drawing, float scale, boolean clipped, Set<String> leftOut) {
    }

    Page layout(SheetContent content, float logoAspect, LocalDate printedOn) {
        Paper paper = content.paper();
        Words words = this.words.computeIfAbsent(content.language(), Words::load);
        Frame frame = new Frame(content, content.isPersonal() ? words.personal() : words, MARGIN, paper.width() - 2 * MARGIN, paper.height(), printedOn, logoAspect);
        Set<String> leftOut = new LinkedHashSet<>();
        float scale = 1;
        while (true) {
            Attempt attempt = attempt(frame, scale, false, leftOut);
            if (attempt.fits()) {
                return new Page(paper, attempt.page(), scale, false, leftOut);
            }
            if (scale * STEP < MIN_SCALE) {
                break;
            }
            scale *= STEP;
        }
        Attempt compact = attempt(frame, scale, true, leftOut);
        if (compact.fits()) {
            return new Page(paper, compact.page(), scale, false, leftOut);
        }
        Drawing clipped = new Drawing();
        compact.footer().marks().forEach(clipped::add);
        for (Drawing.Mark mark : compact.body().marks()) {
            if (bottom(mark) <= compact.limit()) {
                clipped.add(mark);
            }
        }
        return new Page(paper, clipped, scale, true, leftOut);
    }

    private record Attempt(Drawing body, Drawing footer, float limit, boolean fits) {
        Drawing page() {
            Drawing page = new Drawing();
            footer.marks().forEach(page::add);
            body.marks().forEach(page::add);
            return page;
        }
    }

    private Attempt attempt(Frame frame, float scale, boolean compact, Set<String> leftOut) {
        Drawing footer = new Drawing();
        float footerTop = footer(new Pen(footer, font, scale, leftOut), frame);
        Drawing drawing = new Drawing();
        Pen pen = new Pen(drawing, font, scale, leftOut);
        float y = HeaderSection.draw(pen, frame, MARGIN);
        y = ExpectSection.draw(pen, frame, y + pen.s(11), compact);
        y = PlanSection.draw(pen, frame, y + pen.s(11), compact);
        y = CareSection.draw(pen, frame, y + pen.s(11));
        float limit = footerTop - pen.s(6);
        return new Attempt(drawing, footer, limit, y <= limit);
    }

    /** Footer at the foot of the page: the clinic's line and the disclaimer left, rule set and print date right. */
    private float footer(Pen pen, Frame frame) {
        float size = 7;
        Words words = frame.words();
        String version = words.get("footer.version", frame.content().outcome().ruleSetVersion(),
                words.date(frame.printedOn()));
        float versionWidth = Math.min(pen.width(pen.printable(version), size) + 2, frame.width() * 0.4f);
        float textWidth = frame.width() - versionWidth - pen.s(12);
        String clinicLine = frame.content().clinic().footer();
        List<String> lines = new ArrayList<>(clinicLine.isEmpty() ? List.of() : pen.lines(clinicLine, size, textWidth, 2));
        lines.addAll(pen.lines(words.get("footer.disclaimer"), size, textWidth, 2));
        float bottom = frame.pageHeight() - MARGIN;
        float top = bottom - lines.size() * pen.lineHeight(size);
        pen.lines(lines, frame.left(), top, size, MUTED, false);
        pen.line(version, frame.right() - versionWidth, bottom - pen.lineHeight(size), versionWidth, size, MUTED, false, 1);
        float rule = top - pen.s(5);
        pen.drawing().add(new Drawing.Rule(frame.left(), rule, frame.right(), rule, LINE, pen.s(0.6f)));
        return rule;
    }

    /** Where a mark ends downwards; the summary's layout clips by it too. */
    static float bottom(Drawing.Mark mark) {
        if (mark instanceof Drawing.Text t) {
            return t.y() + t.size() * 0.25f;
        } else if (mark instanceof Drawing.Box b) {
            return b.y() + b.height();
        } else if (mark instanceof Drawing.Rule r) {
            return Math.max(r.y1(), r.y2());
        }
        Drawing.Logo logo = (Drawing.Logo) mark;
        return logo.y() + logo.height();
    }
}
