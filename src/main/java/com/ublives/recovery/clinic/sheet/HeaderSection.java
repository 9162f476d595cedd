package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.clinic.ClinicProfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.ublives.recovery.clinic.sheet.SheetStyle.INK;
import static com.ublives.recovery.clinic.sheet.SheetStyle.MUTED;
import static com.ublives.recovery.clinic.sheet.SheetStyle.PRIMARY;
import static com.ublives.recovery.clinic.sheet.SheetStyle.TINT;

/** The clinic's header with its logo, then the session: client, date, therapist, massage. */
final class HeaderSection {


    private HeaderSection() {
    }

    static float draw(Pen pen, Frame frame, float top) {
        float bottom = header(pen, frame, top);
        return session(pen, frame, bottom + pen.s(9));
    }

    private static float header(Pen pen, Frame frame, float top) {
        ClinicProfile clinic = frame.content().clinic();
        float logoHeight = 0;
        float logoWidth = 0;
        if (frame.logoAspect() > 0) {
            logoHeight = pen.s(54);
            logoWidth = logoHeight * frame.logoAspect();
            if (logoWidth > pen.s(130)) {
                logoWidth = pen.s(130);
                logoHeight = logoWidth / frame.logoAspect();
            }
            pen.drawing().add(new Drawing.Logo(frame.left(), top, logoWidth, logoHeight));
        }
        String title = frame.words().get("title");
        String subtitle = frame.words().get("subtitle", String.valueOf(Math.max(1, frame.watchHours() / 24)));
        float titleWidth = Math.min(pen.s(200), Math.max(pen.width(pen.printable(title), 13), pen.width(pen.printable(subtitle), 8)) + 2);
        float textLeft = frame.left() + (logoWidth > 0 ? logoWidth + pen.s(12) : 0);
        float textWidth = frame.right() - titleWidth - pen.s(12) - textLeft;

        float y = top;
        if (!clinic.name().isEmpty()) {
            y = pen.paragraph(clinic.name(), textLeft, y, textWidth, 17, PRIMARY, true, 2);
        }
        if (!clinic.address().isEmpty()) {
            y = pen.paragraph(clinic.address(), textLeft, y + pen.s(1), textWidth, 8.5f, MUTED, false, 2);
        }
        List<String> contact = new ArrayList<>();
        for (String part : List.of(clinic.phone(), clinic.email(), clinic.website())) {
            if (!part.isEmpty()) {
                contact.add(part);
            }
        }
        String joined = String.join("   ·   ", contact);
        if (pen.width(pen.printable(joined), 8.5f) <= textWidth) {
            y = pen.paragraph(joined, textLeft, y, textWidth, 8.5f, MUTED, false, 1);
        } else if (!contact.isEmpty()) {
            // Too long for one line: the phone alone first, so a break never strands a separator.
            y = pen.paragraph(contact.get(0), textLeft, y, textWidth, 8.5f, MUTED, false, 1);
            String rest = String.join("   ·   ", contact.subList(1, contact.size()));
            y = pen.paragraph(rest, textLeft, y, textWidth, 8.5f, MUTED, false, 2);
        }

        float titleLeft = frame.right() - titleWidth;
        float titleBottom = top + pen.s(2);
        pen.line(title, titleLeft, titleBottom, titleWidth, 13, PRIMARY, true, 1);
        titleBottom += pen.lineHeight(13);
        pen.line(subtitle, titleLeft, titleBottom, titleWidth, 8, MUTED, false, 1);
        titleBottom += pen.lineHeight(8);

        float bottom = Math.max(Math.max(y, top + logoHeight), titleBottom) + pen.s(6);
        pen.drawing().add(new Drawing.Rule(frame.left(), bottom, frame.right(), bottom, PRIMARY, pen.s(1.6f)));
        return bottom;
    }

    private static float session(Pen pen, Frame frame, float top) {
        SheetContent content = frame.content();
        // a person's own sheet has no client or therapist to name: the date leads, in bold like a client's name
        String[] labels = content.isPersonal() ? new String[] {"label.date", "label.massage"}
                : new String[] {"label.client", "label.date", "label.therapist", "label.massage"};
        String date = frame.words().date(content.date());
        String[] values = content.isPersonal() ? new String[] {date, content.massageName()}
                : new String[] {content.clientName(), date, content.therapist(), content.massageName()};
        float[] shares = content.isPersonal() ? new float[] {0.4f, 0.6f} : new float[] {0.34f, 0.19f, 0.22f, 0.25f};
        int dateAt = content.isPersonal() ? 0 : 1;
        float pad = pen.s(7);
        float inner = frame.width() - 2 * pad;
        float gap = pen.s(10);
        // A date never wraps ("30 November 2026" on two lines reads badly): its column takes what it
        // needs, and the other three give that up in proportion to their shares.
        float dateNeeds = (pen.width(pen.printable(values[dateAt]), 10.5f) + gap + pen.s(1)) / inner;
        if (dateNeeds > shares[dateAt]) {
            float others = 1 - shares[dateAt];
            float scale = (1 - dateNeeds) / others;
            for (int i = 0; i < shares.length; i++) {
                shares[i] = i == dateAt ? dateNeeds : shares[i] * scale;
            }
        }

        // Wrap the values first to know how tall the box must be; the box is drawn before the text.
        float x = frame.left() + pad;
        float bottom = top;
        List<Runnable> draws = new ArrayList<>();
        float labelTop = top + pad;
        float valueTop = labelTop + pen.lineHeight(6.8f);
        for (int i = 0; i < labels.length; i++) {
            float colWidth = inner * shares[i] - gap;
            List<String> lines = pen.lines(values[i].isBlank() ? "–" : values[i], 10.5f, colWidth, 2);
            bottom = Math.max(bottom, valueTop + lines.size() * pen.lineHeight(10.5f));
            float colX = x;
            int index = i;
            draws.add(() -> {
                pen.line(frame.words().get(labels[index]).toUpperCase(frame.words().language().locale()), colX, labelTop, colWidth, 6.8f, MUTED, false, 0);
                pen.lines(lines, colX, valueTop, 10.5f, INK, index == 0);
            });
            x += inner * shares[i];
        }
        bottom += pad - pen.s(2);
        pen.drawing().add(new Drawing.Box(frame.left(), top, frame.width(), bottom - top, TINT, null, 0, pen.s(4)));
        draws.forEach(Runnable::run);
        return bottom;
    }
}
