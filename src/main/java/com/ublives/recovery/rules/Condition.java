package com.ublives.recovery.rules;

/**
 * A rule's {@link When}, compiled against one rule set by {@link ConditionCompiler}: ids become
 * tables indexed by position, enums become bits. An id the rule set does not know matches nothing,
 * as a look-up in the list would. Immutable once compiled.
 */
final class Condition {

    /** True when the {@link When} constrains nothing. */
    final boolean always;
    /** Per massage position, whether it is admitted; null admits every massage. */
    final boolean[] massageIn;
    final boolean[] severityIn;
    /** Admitted pain qualities as bits; 0 admits every quality. */
    final int qualityBits;
    final boolean[] bandIn;
    final int statusBits;
    final int minFactors;
    final boolean hasHoursAbove;
    final double hoursAbove;
    final boolean hasRiseAtLeast;
    final int riseAtLeast;
    /** The lowest red-flag level (ordinal) that satisfies it, or -1 when red flags do not matter. */
    final int redFlagLevelAtLeast;
    /** Per health-condition position, whether it is one of those named; null when none is required. */
    final boolean[] conditionIn;

    Condition(boolean[] massageIn, boolean[] severityIn, int qualityBits, boolean[] bandIn, int statusBits,
              int minFactors, Double hoursAbove, Integer riseAtLeast, int redFlagLevelAtLeast, boolean[] conditionIn) {
        this.massageIn = massageIn;
        this.severityIn = severityIn;
        this.qualityBits = qualityBits;
        this.bandIn = bandIn;
        this.statusBits = statusBits;
        this.minFactors = minFactors;
        this.hasHoursAbove = hoursAbove != null;
        this.hoursAbove = hasHoursAbove ? hoursAbove : 0;
        this.hasRiseAtLeast = riseAtLeast != null;
        this.riseAtLeast = hasRiseAtLeast ? riseAtLeast : 0;
        this.redFlagLevelAtLeast = redFlagLevelAtLeast;
        this.conditionIn = conditionIn;
        this.always = massageIn == null && severityIn == null && qualityBits == 0 && bandIn == null && statusBits == 0
                && minFactors <= 0 && !hasHoursAbove && !hasRiseAtLeast && redFlagLevelAtLeast < 0 && conditionIn == null;
    }

    boolean matches(AssessmentFacts facts) {
        if (always) {
            return true;
        }
        if (massageIn != null && !massageIn[facts.massage]) {
            return false;
        }
        if (severityIn != null && (facts.severity < 0 || !severityIn[facts.severity])) {
            return false;
        }
        if (qualityBits != 0 && (qualityBits & facts.qualityBit) == 0) {
            return false;
        }
        if (bandIn != null && !bandIn[facts.bandRank]) {
            return false;
        }
        if (statusBits != 0 && (statusBits & facts.statusBit) == 0) {
            return false;
        }
        if (facts.factorCount < minFactors) {
            return false;
        }
        if (hasHoursAbove && !(facts.hours > hoursAbove)) {
            return false;
        }
        if (hasRiseAtLeast && (!facts.hasPreviousSoreness || facts.sorenessRise < riseAtLeast)) {
            return false;
        }
        if (redFlagLevelAtLeast >= 0 && facts.redFlagLevel < redFlagLevelAtLeast) {
            return false;
        }
        return conditionIn == null || hasAnyCondition(facts.conditions);
    }

    private boolean hasAnyCondition(int[] conditions) {
        for (int c : conditions) {
            if (conditionIn[c]) {
                return true;
            }
        }
        return false;
    }
}
