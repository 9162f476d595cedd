package com.ublives.recovery.journal;

import com.ublives.recovery.time.Times;
import com.ublives.recovery.rules.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
     * past-72-hours (…)". One sentence per changed check-in, named by its hours after the corrected massage.
     */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        if (judgedAgain == 0) {
            lines.add("Saved. There are no check-ins to judge again.");
            return lines;
        }
        String count = judgedAgain == 1 ? "1 check-in" : judgedAgain + " check-ins";
        if (changed.isEmpty()) {
            lines.add(count + " judged again: what " + (judgedAgain == 1 ? "it says" : "they say") + " did not change.");
            return lines;
        }
        lines.add(count + " judged again, " + (changed.size() == 1 ? "1 changed" : changed.size() + " changed") + ":");
        for (Rejudged r : changed) {
            StringBuilder line = new StringBuilder("the " + Times.hoursText(r.after().hours()) + " h check-in");
            List<String> parts = new ArrayList<>();
            if (r.before().status() != r.after().status()) {
                parts.add("is now " + words(r.after().status().name()) + " (was " + words(r.before().status().name()) + ")");
            }
            if (!r.before().band().equals(r.after().band())) {
                parts.add("expects: " + r.courseAfter() + " (was: " + r.courseBefore() + ")");
            }
            for (Outcome.Warning w : r.added()) {
                parts.add("now carries " + w.code() + " (" + w.message() + ")");
            }
            for (Outcome.Warning w : r.gone()) {
                parts.add("no longer carries " + w.code());
            }
            line.append(' ').append(String.join("; ", parts)).append('.');
            lines.add(line.toString());
        }
        return lines;
    }

    private static String words(String id) {
        return id.replace('_', ' ').toLowerCase(Locale.ROOT);
    }
}
