package com.ublives.recovery.assess;

import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.Phase;
import com.ublives.recovery.rules.RedFlag;
import com.ublives.recovery.rules.RuleSet;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/** Words and groups an outcome for the plan view: pure presentation logic, testable without a toolkit. */
public final class PlanPresenter {

    /** The axis runs a little past the 72-hour watch so "72+" and a late "now" have room. */
    static final int AXIS_END = 84;
    private static final List<Integer> TICKS = List.of(0, 12, 24, 36, 48, 60, 72);

    private final RuleSet rules;
    private final ResourceBundle texts;
    private final RuleWords ruleWords;

    public PlanPresenter(RuleSet rules, ResourceBundle texts) {
        this.rules = rules;
        this.texts = texts;
        this.ruleWords = new RuleWords(rules, texts);
    }

    public PlanPage present(Outcome outcome) {
        var band = outcome.band();
        double hours = outcome.assessment().hours();
        boolean beyond = hours > AXIS_END;
        List<String> tickLabels = TICKS.stream()
                .map(t -> format(t.equals(TICKS.get(TICKS.size() - 1)) ? "plan.tickLast" : "plan.tick", t)).toList();
        var timeline = new PlanPage.Timeline(AXIS_END, band.minHours(), band.maxHours(), band.openEnded(),
                Math.min(hours, AXIS_END), beyond,
                beyond ? format("plan.nowAt", Math.round(hours)) : texts.getString("plan.now"), TICKS, tickLabels);
        String severity = outcome.severity() == null ? "" : outcome.severity().label();
        List<PlanPage.RedFlagAlert> alerts = alerts(outcome.assessment().redFlags());
        // Under "get medical care today", the usual status must not read as reassurance.
        String statusKey = (alerts.isEmpty() ? "plan.status." : "plan.statusBesideRedFlag.") + outcome.status().name();
        return new PlanPage(
                band.id(),
                alerts.isEmpty() ? texts.getString("plan.expected") : texts.getString("plan.expectedBesideRedFlag"),
                band.course(),
                band.description(),
                format("plan.severity", outcome.assessment().soreness(), severity),
                outcome.status(),
                format(statusKey, band.maxHours()),
                timeline,
                alerts,
                notices(outcome),
                phases(outcome, hours),
                outcome.omitted().stream()
                        .map(o -> new PlanPage.Omitted(o.id(), o.title(), o.reason())).toList(),
                ruleWords.explain(outcome),
                format("plan.ruleSet", outcome.ruleSetVersion()));
    }

    /**
     * An alert for each ticked red flag, looked up in the rule set alone, so it shows even while the
     * rest of the form is invalid. Most urgent first, then by id: the order of the engine's warnings.
     */
    public List<PlanPage.RedFlagAlert> alerts(Collection<String> redFlagIds) {
        return redFlagIds.stream()
                .map(rules::redFlag)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(RedFlag::level, Comparator.reverseOrder()).thenComparing(RedFlag::id))
                .map(f -> new PlanPage.RedFlagAlert(f.level(), texts.getString("alert." + f.level().name()),
                        f.label(), f.action()))
                .toList();
    }

    private List<PlanPage.Notice> notices(Outcome outcome) {
        return outcome.warnings().stream()
                .filter(w -> !w.isRedFlag())
                .map(w -> new PlanPage.Notice(w.level(), texts.getString("level." + w.level().name()), w.code(), w.message()))
                .toList();
    }

    private List<PlanPage.PhaseGroup> phases(Outcome outcome, double hours) {
        List<PlanPage.PhaseGroup> groups = new ArrayList<>();
        // Advice that runs through several phases is written out once; later phases just name it.
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Phase phase : Phase.values()) {
            List<PlanPage.CategoryGroup> categories = new ArrayList<>();
            for (Category category : Category.values()) {
                List<PlanPage.Item> items = outcome.plan().stream()
                        .filter(i -> i.category() == category && i.appliesIn(phase))
                        .map(i -> new PlanPage.Item(i.id(), i.title(), i.text(), hoursText(i.fromHour(), i.toHour()),
                                shown.contains(i.id())))
                        .toList();
                items.forEach(i -> shown.add(i.id()));
                if (!items.isEmpty()) {
                    categories.add(new PlanPage.CategoryGroup(category, texts.getString("category." + category.name()), items));
                }
            }
            // Phases are contiguous, so exactly one holds the hour "now" falls in.
            int hour = (int) Math.floor(hours);
            boolean current = phase.overlaps(hour, hour + 1);
            groups.add(new PlanPage.PhaseGroup(phase, texts.getString("phase." + phase.name()), current, categories));
        }
        return groups;
    }

    private String hoursText(Integer fromHour, Integer to) {
        // Hour 0 is the massage itself: "from 0 h" reads as "from the start", so it is no limit.
        Integer from = fromHour == null || fromHour == 0 ? null : fromHour;
        if (from == null && to == null) {
            return texts.getString("plan.anyTime");
        }
        if (to == null) {
            return format("plan.fromHour", from);
        }
        if (from == null) {
            return format("plan.untilHour", to);
        }
        return format("plan.betweenHours", from, to);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }
}
