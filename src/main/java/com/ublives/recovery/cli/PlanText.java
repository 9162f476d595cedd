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
                out.append(CliLanguage.say("plan.alert", level(w), w.message())).append(NL);
            }
        }
        if (o.hasRedFlag()) {
            out.append(NL);
        }
        MassageType massage = rules.massageType(a.massage());
        out.append(CliLanguage.say("plan.heading", massage == null ? a.massage() : massage.name(), hours(a.hours()),
                a.soreness(), o.severity().label(), CliLanguage.say("quality." + a.quality().id()))).append(NL).append(NL);

        out.append(CliLanguage.say("plan.course", o.band().course(), o.band().id())).append(NL);
        if (o.band().description() != null && !o.band().description().isBlank()) {
            out.append("  ").append(o.band().description()).append(NL);
        }
        out.append(CliLanguage.say(o.hasRedFlag() ? "plan.status.redFlag" : "plan.status", o.status(), status(o.status(), o)))
                .append(NL);

        if (!o.warnings().isEmpty()) {
            out.append(NL).append(CliLanguage.say("plan.warnings")).append(NL);
            for (Warning w : o.warnings()) {
                out.append(CliLanguage.say("plan.warning", String.format(CliLanguage.formats(), "%-9s", level(w)),
                        w.message(), w.code())).append(NL);
            }
        }

        out.append(NL).append(CliLanguage.say("plan.plan")).append(NL);
        Set<String> shown = new HashSet<>();
        for (Phase phase : Phase.values()) {
            boolean now = phase.overlaps((int) Math.floor(a.hours()), (int) Math.floor(a.hours()) + 1);
            out.append(CliLanguage.say(now ? "plan.phase.now" : "plan.phase", CliLanguage.say("phase." + phase.name())))
                    .append(NL);
            List<String> continuing = new ArrayList<>();
            for (PlannedItem item : o.plan()) {
                if (!item.appliesIn(phase)) {
                    continue;
                }
                if (shown.add(item.id())) {
                    out.append(CliLanguage.say("plan.item", item.title(), item.category(), item.text())).append(NL);
                } else {
                    continuing.add(item.title());
                }
            }
            if (!continuing.isEmpty()) {
                out.append(CliLanguage.say("plan.keepOn", String.join(", ", continuing))).append(NL);
            }
        }
        if (!o.omitted().isEmpty()) {
            out.append(NL).append(CliLanguage.say("plan.omitted")).append(NL);
            o.omitted().forEach(m -> out.append(CliLanguage.say("plan.omittedItem", m.title(), m.reason())).append(NL));
        }
        out.append(NL).append(CliLanguage.say("plan.why", String.join(", ", o.firedRules()))).append(NL);
        out.append(CliLanguage.say("plan.footer", o.ruleSetVersion())).append(NL);
        return out.toString();
    }

    private static String status(Status status, Outcome o) {
        return CliLanguage.say("plan.status." + status.name(), o.band().hoursLabel());
    }

    private static String level(Warning w) {
        return CliLanguage.say("level." + w.level().name());
    }

    /** "30 hours", "4.5 hours", "1 hour" (German: "30 Stunden", "4,5 Stunden"). */
    static String hours(double h) {
        return CliLanguage.say("plan.hours", CliLanguage.number(h, 3), h == 1 ? 1 : 2);
    }
}
