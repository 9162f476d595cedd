package com.ublives.recovery.assess;

import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.Phase;
import com.ublives.recovery.rules.RedFlag;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** Words and groups an outcome for the plan view: pure presentation logic, testable without a toolkit. */
public final class PlanPresenter {

    /** The axis runs a little past the 72-hour watch so "72+" and a late "now" have room. */
    static final int AXIS_END = 84;
    private static final List<Integer> TICKS = List.of(0, 12, 24, 36, 48, 60, 72);

    private final RuleSet rules;
    private final ResourceBundle texts;

    public PlanPresenter(RuleSet rules, ResourceBundle texts) {
        this.rules = rules;
        this.texts = texts;
    }

    public PlanPage present(Outcome outcome) {
        var band = outcome.band();
        double hours = outcome.assessment().hours();
        var timeline = new PlanPage.Timeline(AXIS_END, band.minHours(), band.maxHours(), band.openEnded(),
                Math.min(hours, AXIS_END), hours > AXIS_END, TICKS);
        String severity = outcome.severity() == null ? "" : outcome.severity().label();
        return new PlanPage(
                band.id(),
                band.label(),
                band.description(),
                format("plan.hours", band.hoursLabel()),
                format("plan.severity", outcome.assessment().soreness(), severity),
                outcome.status(),
                format("plan.status." + outcome.status().name(), band.maxHours()),
                timeline,
                redFlags(outcome),
                notices(outcome),
                phases(outcome, hours),
                outcome.omitted().stream()
                        .map(o -> new PlanPage.Omitted(o.id(), o.title(), o.reason())).toList(),
                outcome.firedRules(),
                format("plan.ruleSet", outcome.ruleSetVersion()));
    }

    private List<PlanPage.RedFlagAlert> redFlags(Outcome outcome) {
        List<PlanPage.RedFlagAlert> alerts = new ArrayList<>();
        for (Outcome.Warning w : outcome.warnings()) {
            if (w.isRedFlag()) {
                RedFlag flag = rules.redFlag(w.code().substring(RuleEngine.RED_FLAG_PREFIX.length()));
                alerts.add(new PlanPage.RedFlagAlert(w.level(), texts.getString("alert." + w.level().name()),
                        flag.label(), flag.action()));
            }
        }
        return alerts;
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
