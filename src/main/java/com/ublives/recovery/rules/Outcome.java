package com.ublives.recovery.rules;

import java.util.List;

/** What the engine concludes from one assessment. */
public record Outcome(
        Assessment assessment,
        Band band,
        Severity severity,
        Status status,
        List<Warning> warnings,
        List<PlannedItem> plan,
        List<Omission> omitted,
        List<String> firedRules,
        String ruleSetVersion) {

    public record Warning(Level level, String code, String message) {
        public boolean isRedFlag() {
            return code.startsWith(RuleEngine.RED_FLAG_PREFIX);
        }
    }

    public record PlannedItem(String id, Category category, String title, String text, Integer fromHour, Integer toHour) {
        public boolean appliesIn(Phase phase) {
            return phase.overlaps(fromHour, toHour);
        }
    }

    public record Omission(String id, String title, String reason) {
    }

    /** The most severe level among the warnings, or null when there are none. */
    public Level highestLevel() {
        return warnings.isEmpty() ? null : warnings.stream().map(Warning::level).max(Level::compareTo).orElseThrow();
    }

    public boolean hasRedFlag() {
        return warnings.stream().anyMatch(Warning::isRedFlag);
    }
}
