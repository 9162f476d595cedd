package com.ublives.recovery.journal.screen;

import com.ublives.recovery.rules.Factor;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RedFlag;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.WarningRule;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Puts the engine's warnings into words: each one's level and a short name, from the rule set where it has one. */
final class WarningWords {

    private final RuleSet rules;
    private final UnaryOperator<List<Outcome.Warning>> spoken;
    private final ResourceBundle texts;
    /** Warnings about the time since the massage rather than about a reading: their rule looks at the status. */
    private final Set<String> aboutTime;

    WarningWords(RuleSet rules, UnaryOperator<List<Outcome.Warning>> spoken, ResourceBundle texts) {
        this.rules = rules;
        this.spoken = spoken;
        this.texts = texts;
        this.aboutTime = rules.warningRules().stream()
                .filter(r -> !r.when().statusIn().isEmpty())
                .map(WarningRule::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Stored warnings as lines; they were stored in the rule set's own texts and are read in the screen's. */
    List<WarningLine> lines(List<Outcome.Warning> warnings) {
        return spoken.apply(warnings).stream().map(this::line).toList();
    }

    WarningLine line(Outcome.Warning w) {
        String level = texts.getString("level." + w.level().name());
        return new WarningLine(w.level(), w.code(), level + ": " + name(w), level + ": " + w.message());
    }

    /** True when the warning depends on how long ago the massage was, rather than on what a reading said. */
    boolean isAboutTime(Outcome.Warning w) {
        return aboutTime.contains(w.code());
    }

    /** A red flag or a factor by its label; a warning rule by its name in the texts, else by its code in words. */
    String name(Outcome.Warning w) {
        if (w.isRedFlag()) {
            RedFlag flag = rules.redFlag(w.code().substring(RuleEngine.RED_FLAG_PREFIX.length()));
            return flag == null ? w.code() : flag.label();
        }
        if (w.code().startsWith(RuleEngine.FACTOR_PREFIX)) {
            String id = w.code().substring(RuleEngine.FACTOR_PREFIX.length());
            return rules.factors().stream().filter(f -> f.id().equals(id)).map(Factor::label).findFirst().orElse(id);
        }
        try {
            return texts.getString("warning." + w.code());
        } catch (MissingResourceException added) {
            // a warning a clinic added to its rule set: its code is all the name it has
            String words = w.code().replace('-', ' ').replace('.', ' ');
            return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
        }
    }
}
