package com.ublives.recovery.rules;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * Narrows a list of rules to those that can hold for one assessment, so a large rule set costs what
 * its few relevant rules cost instead of what all of them cost. Built once per list. For each input
 * known before the rules run (massage × severity × quality as one of 88 buckets, factor count, red-flag
 * level, soreness rise, hours, conditions; band and status once they are known) every value gets a bit
 * set of the rules that admit it, so one call ANDs a handful of bit sets.
 * A rule left out fails at least one of its own conditions, so outcomes are exactly those of a full scan.
 * For a rule of one condition whose every input is indexed here the filter is also exact (each table
 * admits a value exactly when {@link Condition#matches} would), so the engine need not check it again
 * ({@link #certain}). Rules still checked in full: band rules that test band or status (both change
 * while band rules run) and rules of several conditions (the first variant of a plan item that holds).
 * A rule may be several conditions any of which lets it in (the variants of a plan item).
 */
final class RuleFilter {

    /** Whether a condition admits the value in slot {@code slot} of one input. */
    private interface Admits {
        boolean test(Condition c, int slot);
    }

    private final Condition[][] rules;
    private final int words;
    private final int severitySlots;
    private final int qualities = PainQuality.values().length;
    private final long[][] bucket;
    private final long[][] byFactorCount;
    private final long[][] byRedFlag;
    private final int[] riseCuts;
    private final long[][] byRise;
    private final double[] hourCuts;
    private final long[][] byHours;
    private final long[] noCondition;
    private final long[][] byCondition;
    private final long[][] byBand;
    private final long[][] byStatus;
    private final boolean[] certain;

    /**
     * @param rules      per rule, the conditions any of which admits it
     * @param bandKnown  whether band and status are settled when the rules run (not so for band rules)
     */
    RuleFilter(Condition[][] rules, int massages, int severities, int conditions, int bands, boolean bandKnown) {
        this.rules = rules;
        this.words = (rules.length + 63) >>> 6;
        this.severitySlots = severities + 1; // the last slot: a soreness the cut-points do not cover
        bucket = table(massages * severitySlots * qualities, this::admitsBucket, true);
        int maxFactors = 0;
        TreeSet<Integer> rises = new TreeSet<>();
        TreeSet<Double> hours = new TreeSet<>();
        for (Condition[] rule : rules) {
            for (Condition c : rule) {
                maxFactors = Math.max(maxFactors, c.minFactors);
                if (c.hasRiseAtLeast) {
                    rises.add(c.riseAtLeast);
                }
                if (c.hasHoursAbove) {
                    hours.add(c.hoursAbove);
                }
            }
        }
        riseCuts = rises.stream().mapToInt(Integer::intValue).toArray();
        hourCuts = hours.stream().mapToDouble(Double::doubleValue).toArray();
        byFactorCount = table(maxFactors + 1, (c, n) -> n >= c.minFactors, false);
        byRedFlag = table(Level.values().length + 1, (c, l) -> c.redFlagLevelAtLeast < 0 || l - 1 >= c.redFlagLevelAtLeast, false);
        byRise = table(riseCuts.length + 2, (c, j) -> !c.hasRiseAtLeast
                || j > 0 && Arrays.binarySearch(riseCuts, c.riseAtLeast) < j - 1, false);
        byHours = table(hourCuts.length + 1, (c, j) -> !c.hasHoursAbove || Arrays.binarySearch(hourCuts, c.hoursAbove) < j, false);
        long[][] none = table(1, (c, s) -> c.conditionIn == null, false);
        noCondition = none == null ? null : none[0];
        byCondition = none == null ? null : table(conditions, (c, k) -> c.conditionIn == null || c.conditionIn[k], true);
        byBand = bandKnown ? table(bands, (c, b) -> c.bandIn == null || c.bandIn[b], false) : null;
        byStatus = bandKnown ? table(Status.values().length, (c, s) -> c.statusBits == 0 || (c.statusBits & 1 << s) != 0, false) : null;
        certain = new boolean[rules.length];
        for (int r = 0; r < rules.length; r++) {
            certain[r] = rules[r].length == 1 && (bandKnown || rules[r][0].bandIn == null && rules[r][0].statusBits == 0);
        }
    }

    /**
     * Whether rule {@code r}, once among the candidates, holds without checking it: it is one condition
     * and every input it tests is indexed with the values the engine will test it on.
     */
    boolean certain(int r) {
        return certain[r];
    }

    int size() {
        return rules.length;
    }

    /** The rules that can hold for this assessment, as a bit set in rule order. */
    long[] candidates(AssessmentFacts facts) {
        int severity = facts.severity < 0 ? severitySlots - 1 : facts.severity;
        long[] bits = bucket[(facts.massage * severitySlots + severity) * qualities
                + Integer.numberOfTrailingZeros(facts.qualityBit)].clone();
        if (byFactorCount != null) {
            and(bits, byFactorCount[Math.min(facts.factorCount, byFactorCount.length - 1)]);
        }
        if (byRedFlag != null) {
            and(bits, byRedFlag[facts.redFlagLevel + 1]);
        }
        if (byRise != null) {
            and(bits, byRise[facts.hasPreviousSoreness ? 1 + cutsAtMost(facts.sorenessRise) : 0]);
        }
        if (byHours != null) {
            and(bits, byHours[cutsBelow(facts.hours)]);
        }
        if (noCondition != null) {
            andConditions(bits, facts.conditions);
        }
        if (byBand != null) {
            and(bits, byBand[facts.bandRank]);
        }
        if (byStatus != null) {
            and(bits, byStatus[Integer.numberOfTrailingZeros(facts.statusBit)]);
        }
        return bits;
    }

    /** The first set bit at or after {@code from}, or -1: walk candidates with {@code for (i = next(b, 0); i >= 0; i = next(b, i + 1))}. */
    static int next(long[] bits, int from) {
        int w = from >>> 6;
        if (w >= bits.length) {
            return -1;
        }
        long word = bits[w] & (-1L << from);
        while (word == 0) {
            if (++w == bits.length) {
                return -1;
            }
            word = bits[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(word);
    }

    static int count(long[] bits) {
        int n = 0;
        for (long word : bits) {
            n += Long.bitCount(word);
        }
        return n;
    }

    private boolean admitsBucket(Condition c, int slot) {
        int quality = slot % qualities;
        int severity = (slot / qualities) % severitySlots;
        int massage = slot / (qualities * severitySlots);
        return (c.massageIn == null || c.massageIn[massage])
                && (c.severityIn == null || severity < severitySlots - 1 && c.severityIn[severity])
                && (c.qualityBits == 0 || (c.qualityBits & 1 << quality) != 0);
    }

    /** A rule with any of the assessment's conditions, or none required, can hold. */
    private void andConditions(long[] bits, int[] conditions) {
        if (conditions.length == 0) {
            and(bits, noCondition);
            return;
        }
        long[] any = byCondition[conditions[0]].clone();
        for (int k = 1; k < conditions.length; k++) {
            long[] more = byCondition[conditions[k]];
            for (int w = 0; w < words; w++) {
                any[w] |= more[w];
            }
        }
        and(bits, any);
    }

    private int cutsAtMost(int rise) {
        int n = 0;
        while (n < riseCuts.length && riseCuts[n] <= rise) {
            n++;
        }
        return n;
    }

    /** How many thresholds the hours are above (binary search: one large rule set may use many). */
    private int cutsBelow(double hours) {
        int lo = 0;
        int hi = hourCuts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hourCuts[mid] < hours) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void and(long[] bits, long[] mask) {
        for (int w = 0; w < bits.length; w++) {
            bits[w] &= mask[w];
        }
    }

    /** One bit set per slot; null when no rule depends on this input (unless {@code keep}), so calls skip it. */
    private long[][] table(int slots, Admits admits, boolean keep) {
        long[][] t = new long[slots][words];
        boolean narrows = false;
        for (int s = 0; s < slots; s++) {
            for (int r = 0; r < rules.length; r++) {
                if (admitsAny(rules[r], admits, s)) {
                    t[s][r >>> 6] |= 1L << r;
                } else {
                    narrows = true;
                }
            }
        }
        return narrows || keep ? t : null;
    }

    private static boolean admitsAny(Condition[] rule, Admits admits, int slot) {
        for (Condition c : rule) {
            if (admits.test(c, slot)) {
                return true;
            }
        }
        return false;
    }
}
