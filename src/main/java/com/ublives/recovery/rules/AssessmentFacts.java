package com.ublives.recovery.rules;

/**
 * What one assessment says, as positions in the compiled rule set's tables and as bits, so that a
 * {@link Condition} and the {@link RuleFilter} test it with integer checks and no look-ups.
 * The band and the status are filled in as the evaluation finds them; everything else is known from
 * the start.
 */
final class AssessmentFacts {

    private static final int[] NO_CONDITIONS = new int[0];

    /** Position of the massage in the rule set's list of massage types. */
    final int massage;
    /** Position of the soreness's severity in the rule set's cut-points, or -1 when none covers it. */
    final int severity;
    /** The pain quality as one bit ({@code 1 << ordinal}). */
    final int qualityBit;
    final int factorCount;
    final double hours;
    final boolean hasPreviousSoreness;
    /** Soreness now minus the previous soreness; 0 without a previous soreness. */
    final int sorenessRise;
    /** The most severe red flag's level (its ordinal), or -1 without red flags. */
    int redFlagLevel = -1;
    /** Positions of the person's health conditions in the rule set's list. */
    int[] conditions = NO_CONDITIONS;
    /** Rank of the band reached so far; band rules see it grow while they run. */
    int bandRank;
    /** The status as one bit, once the band is settled. */
    int statusBit;

    AssessmentFacts(Assessment assessment, int massage, int severity) {
        this.massage = massage;
        this.severity = severity;
        this.qualityBit = 1 << assessment.quality().ordinal();
        this.factorCount = assessment.factors().size();
        this.hours = assessment.hours();
        this.hasPreviousSoreness = assessment.previousSoreness() != null;
        this.sorenessRise = hasPreviousSoreness ? assessment.soreness() - assessment.previousSoreness() : 0;
    }
}
