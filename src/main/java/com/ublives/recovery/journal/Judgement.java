package com.ublives.recovery.journal;

import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.Status;

import java.util.List;

/**
 * What the rules engine said about a check-in when it was made, stored with it so the journal shows
 * what the person was told, even after the rule set changes.
 */
public record Judgement(
        double hours,
        Integer previousSoreness,
        Status status,
        String band,
        List<Outcome.Warning> warnings,
        List<String> firedRules,
        String ruleSetVersion) {

    public Judgement {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        firedRules = firedRules == null ? List.of() : List.copyOf(firedRules);
    }

    static Judgement of(Outcome outcome) {
        return new Judgement(outcome.assessment().hours(), outcome.assessment().previousSoreness(), outcome.status(),
                outcome.band().id(), outcome.warnings(), outcome.firedRules(), outcome.ruleSetVersion());
    }

    public boolean hasRedFlag() {
        return warnings.stream().anyMatch(Outcome.Warning::isRedFlag);
    }
}
