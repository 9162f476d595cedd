package com.ublives.recovery.assess;

import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.Phase;
import com.ublives.recovery.rules.Status;

import java.util.List;

/**
 * Everything the plan view shows, already worded and grouped, so the view only lays it out.
 * Built from an engine outcome by {@link PlanPresenter}; holds no nodes. The band is titled by its
 * expected course ({@code Band.course()}); the soreness word (mild, moderate, severe) appears only in
 * {@code severityText}, beside the value. The red-flag alerts are the ones the screen shows at all times.
 */
public record PlanPage(
        String bandId,
        String bandCaption,
        String bandTitle,
        String bandDescription,
        String severityText,
        Status status,
        String statusText,
        Timeline timeline,
        List<RedFlagAlert> redFlags,
        List<Notice> warnings,
        List<PhaseGroup> phases,
        List<Omitted> omitted,
        List<Rule> firedRules,
        String ruleSetVersion) {

    /** The band on a 0…72+ hour axis: where the expected window lies and where "now" is. */
    public record Timeline(int axisEnd, int windowFrom, int windowTo, boolean openEnded, double now,
                           boolean nowBeyondAxis, String nowLabel, List<Integer> ticks, List<String> tickLabels) {
    }

    /** A red flag: what the person noticed and what to do now. */
    public record RedFlagAlert(Level level, String heading, String symptom, String action) {
    }

    public record Notice(Level level, String levelText, String code, String message) {
    }

    public record PhaseGroup(Phase phase, String title, boolean current, List<CategoryGroup> categories) {
    }

    public record CategoryGroup(Category category, String title, List<Item> items) {
    }

    /** One piece of advice; continued when an earlier phase already showed it in full. */
    public record Item(String id, String title, String text, String hours, boolean continued) {
    }

    public record Omitted(String id, String title, String reason) {
    }

    /** A rule that fired: what it said, in words, and its id in the rule set. */
    public record Rule(String id, String words) {
    }

    public boolean hasRedFlag() {
        return !redFlags.isEmpty();
    }
}
