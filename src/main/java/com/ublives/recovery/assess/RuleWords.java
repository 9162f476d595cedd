package com.ublives.recovery.assess;

import com.ublives.recovery.rules.Band;
import com.ublives.recovery.rules.BandRule;
import com.ublives.recovery.rules.Exclusion;
import com.ublives.recovery.rules.Factor;
import com.ublives.recovery.rules.HealthCondition;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.PlanItem;
import com.ublives.recovery.rules.PlanVariant;
import com.ublives.recovery.rules.RedFlag;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.Severity;
import com.ublives.recovery.rules.When;
import com.ublives.recovery.rules.WarningRule;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * What each rule that fired said, in words taken from the rule set itself (a massage's band, a
 * warning's message, a factor's advice, a plan item's title, an exclusion's reason), for "Why?".
 * A person reads the words; the id stays beside them for whoever edits the rule set.
 */
final class RuleWords {

    private final RuleSet rules;
    private final ResourceBundle texts;

    RuleWords(RuleSet rules, ResourceBundle texts) {
        this.rules = rules;
        this.texts = texts;
    }

    List<PlanPage.Rule> explain(Outcome outcome) {
        return outcome.firedRules().stream().map(id -> new PlanPage.Rule(id, words(id, outcome))).toList();
    }

    /** The rule's words; its id alone when the rule set holds no text for it (then the id is all there is). */
    private String words(String id, Outcome outcome) {
        String said = null;
        if (id.startsWith("band.base.")) {
            said = base(rules.massageType(id.substring("band.base.".length())));
        } else if (id.startsWith("status.")) {
            said = status(outcome);
        } else if (id.startsWith(RuleEngine.RED_FLAG_PREFIX)) {
            RedFlag flag = rules.redFlag(id.substring(RuleEngine.RED_FLAG_PREFIX.length()));
            said = flag == null ? null : format("why.redFlag", texts.getString("level." + flag.level().name()), flag.label());
        } else if (id.startsWith(RuleEngine.FACTOR_PREFIX)) {
            said = rules.factors().stream().filter(f -> id.equals(RuleEngine.FACTOR_PREFIX + f.id()))
                    .map(Factor::advice).findFirst().orElse(null);
        } else if (id.startsWith("warning.")) {
            said = rules.warningRules().stream().filter(w -> id.equals("warning." + w.code())).findFirst()
                    .map(this::warning).orElse(null);
        }
        if (said == null) {
            said = ruleOfTheTables(id, outcome);
        }
        return said == null ? id : said;
    }

    /** Band rules, plan items and exclusions are named by their own ids in the rule set. */
    private String ruleOfTheTables(String id, Outcome outcome) {
        for (BandRule rule : rules.bandRules()) {
            if (rule.id().equals(id)) {
                return bandRule(rule);
            }
        }
        for (PlanItem item : rules.planItems()) {
            for (PlanVariant variant : item.variants()) {
                if (id.equals(variant.rule())) {
                    return format("why.planItem", item.title());
                }
            }
        }
        for (Exclusion exclusion : rules.exclusions()) {
            if (exclusion.id().equals(id)) {
                List<String> titles = outcome.omitted().stream()
                        .filter(o -> Objects.equals(o.reason(), exclusion.reason())).map(Outcome.Omission::title).toList();
                return titles.isEmpty() ? exclusion.reason()
                        : format("why.omitted", String.join(", ", titles), exclusion.reason());
            }
        }
        return null;
    }

    private String base(MassageType massage) {
        Band band = massage == null ? null : rules.band(massage.baseBand());
        return band == null ? null : format("why.base", massage.name(), lowerFirst(band.course()));
    }

    private String status(Outcome outcome) {
        long hours = Math.round(outcome.assessment().hours());
        return format("why.status." + outcome.status().name(), hours, outcome.band().hoursLabel());
    }

    private String warning(WarningRule rule) {
        return format("why.warning", texts.getString("level." + rule.level().name()), rule.message());
    }

    private String bandRule(BandRule rule) {
        String when = when(rule.when());
        if (when == null) {
            return null;
        }
        List<String> effects = new ArrayList<>();
        Band atLeast = rule.atLeast() == null ? null : rules.band(rule.atLeast());
        if (atLeast != null) {
            effects.add(format("why.band.atLeast", atLeast.hoursLabel()));
        }
        if (rule.longerBy() > 0) {
            effects.add(format("why.band.longer", rule.longerBy()));
        }
        return effects.isEmpty() ? null : upperFirst(when) + ": " + String.join(", ", effects);
    }

    /** The condition in words, or null when it uses something this wording does not cover. */
    private String when(When when) {
        if (!when.bandIn().isEmpty() || !when.statusIn().isEmpty() || when.hoursAbove() != null
                || when.sorenessRiseAtLeast() != null || when.redFlagLevelAtLeast() != null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!when.massageIn().isEmpty()) {
            parts.add(String.join(" / ", when.massageIn().stream().map(rules::massageType).filter(Objects::nonNull)
                    .map(MassageType::name).toList()));
        }
        for (String id : when.severityIn()) {
            rules.severities().stream().filter(s -> s.id().equals(id)).findFirst()
                    .ifPresent(s -> parts.add(severity(s)));
        }
        for (PainQuality quality : when.qualityIn()) {
            parts.add(texts.getString("why.when.quality." + quality.name()));
        }
        if (when.minFactors() != null) {
            parts.add(format("why.when.minFactors", when.minFactors()));
        }
        for (String id : when.conditionIn()) {
            rules.conditions().stream().filter(c -> c.id().equals(id)).map(HealthCondition::label).findFirst()
                    .ifPresent(parts::add);
        }
        return parts.isEmpty() ? null : String.join(texts.getString("why.when.and"), parts);
    }

    private String severity(Severity s) {
        return format("why.when.severity", s.from(), s.to(), s.label());
    }

    private String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(texts.getLocale()) + s.substring(1);
    }

    private String upperFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(texts.getLocale()) + s.substring(1);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }
}
