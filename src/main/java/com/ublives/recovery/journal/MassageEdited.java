package com.ublives.recovery.journal;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.time.Times;
import com.ublives.recovery.rules.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * A corrected massage: the recovery before and after, how many check-ins were judged again, and those whose
 * judgement changed with it, so the person sees what the correction did to what they were told.
 */
public record MassageEdited(Recovery before, Recovery after, int judgedAgain, List<Rejudged> changed) {

    public MassageEdited {
        changed = List.copyOf(changed);
    }

    /** A check-in whose judgement changed: what it said before and what it says now, with the courses it expected. */
    public record Rejudged(long checkInId, Judgement before, Judgement after, String courseBefore, String courseAfter) {

        public List<Outcome.Warning> added() {
            return after.warnings().stream().filter(w -> !codes(before).contains(w.code())).toList();
        }

        public List<Outcome.Warning> gone() {
            return before.warnings().stream().filter(w -> !codes(after).contains(w.code())).toList();
        }
    }

    static boolean sameJudgement(Judgement a, Judgement b) {
        return a.status() == b.status() && a.band().equals(b.band()) && codes(a).equals(codes(b));
    }

    private static List<String> codes(Judgement j) {
        return j.warnings().stream().map(Outcome.Warning::code).toList();
    }

    /**
     * What a person reads after the correction: "2 check-ins judged again: the 80 h check-in now carries
     * past-72-hours (…)". One sentence per changed check-in, named by its hours after the corrected massage;
     * each a phrase the window or the command line writes in its language.
     */
    public List<Phrase> summary() {
        List<Phrase> lines = new ArrayList<>();
        if (judgedAgain == 0) {
            lines.add(Phrase.of("journal.corrected.none"));
            return lines;
        }
        if (changed.isEmpty()) {
            lines.add(judgedAgain == 1 ? Phrase.of("journal.corrected.sameOne")
                    : Phrase.of("journal.corrected.sameMany", judgedAgain));
            return lines;
        }
        lines.add(Phrase.of("journal.corrected.changed", judgedAgain == 1 ? Phrase.of("journal.corrected.oneCheckIn")
                : Phrase.of("journal.corrected.checkIns", judgedAgain), changed.size()));
        for (Rejudged r : changed) {
            List<Phrase> parts = new ArrayList<>();
            if (r.before().status() != r.after().status()) {
                parts.add(Phrase.of("journal.corrected.status", status(r.after()), status(r.before())));
            }
            if (!r.before().band().equals(r.after().band())) {
                parts.add(Phrase.of("journal.corrected.expects", r.courseAfter(), r.courseBefore()));
            }
            for (Outcome.Warning w : r.added()) {
                parts.add(Phrase.of("journal.corrected.carries", w.code(), w.message()));
            }
            for (Outcome.Warning w : r.gone()) {
                parts.add(Phrase.of("journal.corrected.noLonger", w.code()));
            }
            lines.add(Phrase.of("journal.corrected.checkIn", Times.hoursText(r.after().hours()), Phrase.joined("; ", parts)));
        }
        return lines;
    }

    private static Phrase status(Judgement j) {
        return Phrase.of("journal.corrected.is." + j.status().name());
    }
}
