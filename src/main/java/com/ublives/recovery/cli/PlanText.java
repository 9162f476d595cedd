package com.ublives.recovery.cli;

import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.Outcome.PlannedItem;
import com.ublives.recovery.rules.Outcome.Warning;
import com.ublives.recovery.rules.Phase;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.Status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The text answer of {@code plan}: what a person reads in a terminal, most important first: a red
 * flag's alert before anything else, the band by its expected course, and the soreness word only
 * beside the soreness value (RULES.md, "What a person reads").
 */
final class PlanText {

    private static final String NL = System.lineSeparator();

    private PlanText() {
    }

    static String render(Outcome o, RuleSet rules) {
        Assessment a = o.assessment();
        StringBuilder out = new StringBuilder();
        for (Warning w : o.warnings()) {
            if (w.isRedFlag()) {
                out.append("!! ").append(w.level()).append(": ").append(w.message()).append(NL);
            }
        }
        if (o.hasRedFlag()) {
            out.append(NL);
        }
        MassageType massage = rules.massageType(a.massage());
        out.append(massage == null ? a.massage() : massage.name()).append(" massage, ").append(hours(a.hours()))
                .append(" ago: soreness ").append(a.soreness()).append(" of 10 (").append(o.severity().label())
                .append("), ").append(a.quality().id()).append(NL).append(NL);

        out.append("Expected course: ").append(o.band().course()).append(" (band ").append(o.band().id()).append(")")
                .append(NL);
        if (o.band().description() != null && !o.band().description().isBlank()) {
            out.append("  ").append(o.band().description()).append(NL);
        }
        out.append("Status: ").append(o.status()).append(" (").append(status(o.status(), o))
                .append(o.hasRedFlag() ? "; the warning sign above comes first" : "").append(")").append(NL);

        if (!o.warnings().isEmpty()) {
            out.append(NL).append("Warnings, most severe first:").append(NL);
            for (Warning w : o.warnings()) {
                out.append("  ").append(String.format(Locale.ROOT, "%-9s", w.level())).append(" ").append(w.message())
                        .append(" [").append(w.code()).append("]").append(NL);
            }
        }

        out.append(NL).append("Plan:").append(NL);
        Set<String> shown = new HashSet<>();
        for (Phase phase : Phase.values()) {
            boolean now = phase.overlaps((int) Math.floor(a.hours()), (int) Math.floor(a.hours()) + 1);
            out.append("  ").append(phase.label()).append(now ? "  <- now" : "").append(NL);
            List<String> continuing = new ArrayList<>();
            for (PlannedItem item : o.plan()) {
                if (!item.appliesIn(phase)) {
                    continue;
                }
                if (shown.add(item.id())) {
                    out.append("    - ").append(item.title()).append(" (").append(item.category()).append("): ")
                            .append(item.text()).append(NL);
                } else {
                    continuing.add(item.title());
                }
            }
            if (!continuing.isEmpty()) {
                out.append("    Keep on with: ").append(String.join(", ", continuing)).append(NL);
            }
        }
        if (!o.omitted().isEmpty()) {
            out.append(NL).append("Left out on purpose:").append(NL);
            o.omitted().forEach(m -> out.append("  - ").append(m.title()).append(": ").append(m.reason()).append(NL));
        }
        out.append(NL).append("Why (rules that fired): ").append(String.join(", ", o.firedRules())).append(NL);
        out.append("Rule set ").append(o.ruleSetVersion()).append(". This is general guidance, not a diagnosis: ")
                .append("if you are worried, contact your therapist or a health professional.").append(NL);
        return out.toString();
    }

    private static String status(Status status, Outcome o) {
        return switch (status) {
            case NO_SORENESS -> "no soreness";
            case ON_TRACK -> "within the expected " + o.band().hoursLabel();
            case LONGER_THAN_EXPECTED -> "lasting longer than the expected " + o.band().hoursLabel();
            case PAST_72_HOURS -> "still sore after 72 hours";
        };
    }

    static String hours(double h) {
        String number = h == Math.rint(h) ? String.valueOf((long) h) : String.valueOf(h);
        return number + (h == 1 ? " hour" : " hours");
    }
}
