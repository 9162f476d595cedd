package com.ublives.recovery.rules;

import java.util.Set;

/** One validated assessment; build it with {@link AssessmentParser} to get input checks. */
public record Assessment(
        String massage,
        int soreness,
        PainQuality quality,
        double hours,
        Integer previousSoreness,
        Set<String> factors,
        Set<String> redFlags,
        Set<String> conditions) {

    public Assessment {
        quality = quality == null ? PainQuality.ACHY : quality;
        factors = factors == null ? Set.of() : Set.copyOf(factors);
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
        conditions = conditions == null ? Set.of() : Set.copyOf(conditions);
    }

    public static Assessment of(String massage, int soreness) {
        return new Assessment(massage, soreness, PainQuality.ACHY, 0, null, Set.of(), Set.of(), Set.of());
    }

    public Assessment withHours(double h) {
        return new Assessment(massage, soreness, quality, h, previousSoreness, factors, redFlags, conditions);
    }

    public Assessment withQuality(PainQuality q) {
        return new Assessment(massage, soreness, q, hours, previousSoreness, factors, redFlags, conditions);
    }

    public Assessment withPrevious(Integer previous) {
        return new Assessment(massage, soreness, quality, hours, previous, factors, redFlags, conditions);
    }

    public Assessment withFactors(Set<String> f) {
        return new Assessment(massage, soreness, quality, hours, previousSoreness, f, redFlags, conditions);
    }

    public Assessment withRedFlags(Set<String> r) {
        return new Assessment(massage, soreness, quality, hours, previousSoreness, factors, r, conditions);
    }

    public Assessment withConditions(Set<String> c) {
        return new Assessment(massage, soreness, quality, hours, previousSoreness, factors, redFlags, c);
    }
}
