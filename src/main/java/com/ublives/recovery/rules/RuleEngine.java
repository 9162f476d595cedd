package com.ublives.recovery.rules;

import com.ublives.recovery.rules.Outcome.Omission;
import com.ublives.recovery.rules.Outcome.PlannedItem;
import com.ublives.recovery.rules.Outcome.Warning;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules engine: pure, immutable, thread-safe. Everything clinical comes from the {@link RuleSet};
 * this class only knows how the kinds of rules combine (docs/rules.md, "How the band is found").
 * The constructor compiles every rule into {@link Cond}, indexes and prebuilt results, and a
 * {@link RuleFilter} per kind of rule, so one assessment checks only the rules that can hold for its
 * inputs (integer checks, no look-ups) and costs about a microsecond even with 1,000 extra rules
 * (docs/BENCHMARKS.md).
 */
public final class RuleEngine {

    public static final String RED_FLAG_PREFIX = "red-flag.";
    public static final String FACTOR_PREFIX = "factor.";

    private final RuleSet rules;
    private final Band[] bands;
    private final Map<String, Integer> massageIndex = new HashMap<>();
    private final String[] baseRule;
    private final int[] baseRank;
    private final Map<String, Integer> redFlagSlot = new HashMap<>();
    private final Map<String, Factor> factorById = new HashMap<>();
    private final Map<String, Integer> conditionIndex = new HashMap<>();
    private final Severity[] severityBySoreness = new Severity[11];
    private final int[] severityIndexBySoreness = new int[11];
    private final String[] statusRule = new String[Status.values().length];
    private final CompiledBandRule[] bandRules;
    private final CompiledWarning[] warningRules;
    private final Factor[] factors;
    private final int[] warningSlot;
    private final int[] factorSlot;
    private final String[] factorCodes;
    private final WarningOrder warningOrder;
    private final CompiledItem[] items;
    private final int exclusionCount;
    private final Cond[] exclusionConds;
    /** Which exclusions hold, as one word per assessment; null without exclusions or with more than 64. */
    private final RuleFilter exclusionFilter;
    private final RuleFilter bandFilter;
    private final RuleFilter warningFilter;
    private final RuleFilter itemFilter;

    public RuleEngine(RuleSet rules) {
        this.rules = rules;
        this.bands = rules.bands().toArray(Band[]::new);
        Map<String, Integer> bandRank = new HashMap<>();
        for (int i = 0; i < bands.length; i++) {
            bandRank.putIfAbsent(bands[i].id(), i);
        }
        List<MassageType> massages = rules.massageTypes();
        baseRule = new String[massages.size()];
        baseRank = new int[massages.size()];
        for (int i = 0; i < massages.size(); i++) {
            MassageType m = massages.get(i);
            massageIndex.putIfAbsent(m.id(), i);
            baseRule[i] = "band.base." + m.id();
            baseRank[i] = bandRank.getOrDefault(m.baseBand(), -1);
        }
        // every warning an outcome can hold, in the order an assessment adds them (see WarningOrder)
        List<Warning> allWarnings = new ArrayList<>();
        Map<String, Integer> redFlagSource = new HashMap<>();
        for (RedFlag f : rules.redFlags()) {
            redFlagSource.put(f.id(), allWarnings.size());
            allWarnings.add(new Warning(f.level(), RED_FLAG_PREFIX + f.id(), f.label() + ". " + f.action()));
        }
        rules.factors().forEach(f -> factorById.put(f.id(), f));
        for (HealthCondition c : rules.conditions()) {
            conditionIndex.putIfAbsent(c.id(), conditionIndex.size());
        }
        for (Status s : Status.values()) {
            statusRule[s.ordinal()] = "status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
        List<Severity> severities = rules.severities();
        for (int n = 0; n <= 10; n++) {
            severityBySoreness[n] = rules.severityOf(n);
            severityIndexBySoreness[n] = severities.indexOf(severityBySoreness[n]);
        }
        Compiler compiler = new Compiler();
        compiler.bandRank = bandRank;

        bandRules = new CompiledBandRule[rules.bandRules().size()];
        for (int i = 0; i < bandRules.length; i++) {
            BandRule r = rules.bandRules().get(i);
            Integer atLeast = r.atLeast() == null ? null : bandRank.get(r.atLeast());
            bandRules[i] = new CompiledBandRule(compiler.compile(r.when()), r.id(), atLeast == null ? -1 : atLeast, r.longerBy());
        }
        warningRules = new CompiledWarning[rules.warningRules().size()];
        for (int i = 0; i < warningRules.length; i++) {
            WarningRule r = rules.warningRules().get(i);
            warningRules[i] = new CompiledWarning(compiler.compile(r.when()), "warning." + r.code());
            allWarnings.add(new Warning(r.level(), r.code(), r.message()));
        }
        factors = rules.factors().toArray(Factor[]::new);
        factorCodes = new String[factors.length];
        for (int i = 0; i < factors.length; i++) {
            factorCodes[i] = FACTOR_PREFIX + factors[i].id();
            allWarnings.add(new Warning(Level.INFO, factorCodes[i], factors[i].advice()));
        }
        warningOrder = new WarningOrder(allWarnings);
        redFlagSource.forEach((id, source) -> redFlagSlot.put(id, warningOrder.slot(source)));
        int firstRule = allWarnings.size() - factors.length - warningRules.length;
        warningSlot = new int[warningRules.length];
        for (int i = 0; i < warningSlot.length; i++) {
            warningSlot[i] = warningOrder.slot(firstRule + i);
        }
        factorSlot = new int[factors.length];
        for (int i = 0; i < factors.length; i++) {
            factorSlot[i] = warningOrder.slot(firstRule + warningRules.length + i);
        }
        List<Exclusion> exclusions = rules.exclusions();
        exclusionCount = exclusions.size();
        exclusionConds = new Cond[exclusionCount];
        for (int e = 0; e < exclusionCount; e++) {
            exclusionConds[e] = compiler.compile(exclusions.get(e).when());
        }
        items = new CompiledItem[rules.planItems().size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = compileItem(compiler, rules.planItems().get(i), exclusions, exclusionConds);
        }
        Cond[][] bandConds = new Cond[bandRules.length][];
        for (int i = 0; i < bandRules.length; i++) {
            bandConds[i] = new Cond[] {bandRules[i].cond};
        }
        Cond[][] warningConds = new Cond[warningRules.length][];
        for (int i = 0; i < warningRules.length; i++) {
            warningConds[i] = new Cond[] {warningRules[i].cond};
        }
        Cond[][] itemConds = new Cond[items.length][];
        for (int i = 0; i < items.length; i++) {
            itemConds[i] = items[i].variants;
        }
        int m = massages.size();
        int s = severities.size();
        int c = conditionIndex.size();
        bandFilter = new RuleFilter(bandConds, m, s, c, bands.length, false);
        warningFilter = new RuleFilter(warningConds, m, s, c, bands.length, true);
        itemFilter = new RuleFilter(itemConds, m, s, c, bands.length, true);
        Cond[][] exclusionRules = new Cond[exclusionCount][];
        for (int e = 0; e < exclusionCount; e++) {
            exclusionRules[e] = new Cond[] {exclusionConds[e]};
        }
        exclusionFilter = exclusionCount == 0 || exclusionCount > 64 ? null
                : new RuleFilter(exclusionRules, m, s, c, bands.length, true);
    }

    private static CompiledItem compileItem(Compiler compiler, PlanItem item, List<Exclusion> exclusions, Cond[] exclusionConds) {
        List<PlanVariant> variants = item.variants();
        Cond[] conds = new Cond[variants.size()];
        PlannedItem[] planned = new PlannedItem[variants.size()];
        String[] firedIds = new String[variants.size()];
        for (int v = 0; v < conds.length; v++) {
            PlanVariant variant = variants.get(v);
            conds[v] = compiler.compile(variant.when());
            planned[v] = new PlannedItem(item.id(), item.category(), item.title(), item.text(),
                    variant.fromHour(), variant.toHour());
            firedIds[v] = variant.rule();
        }
        List<Integer> removers = new ArrayList<>();
        for (int e = 0; e < exclusions.size(); e++) {
            if (exclusions.get(e).removes(item)) {
                removers.add(e);
            }
        }
        int[] exclusionIndex = new int[removers.size()];
        Cond[] exclusionCond = new Cond[removers.size()];
        Omission[] omission = new Omission[removers.size()];
        String[] exclusionId = new String[removers.size()];
        long removerMask = 0;
        for (int k = 0; k < exclusionIndex.length; k++) {
            int e = removers.get(k);
            removerMask |= e < 64 ? 1L << e : 0;
            exclusionIndex[k] = e;
            exclusionCond[k] = exclusionConds[e];
            omission[k] = new Omission(item.id(), item.title(), exclusions.get(e).reason());
            exclusionId[k] = exclusions.get(e).id();
        }
        return new CompiledItem(conds, planned, firedIds, exclusionIndex, exclusionCond, omission, exclusionId, removerMask);
    }

    public RuleSet ruleSet() {
        return rules;
    }

    /** Judges an assessment. Inputs must already be valid ({@link AssessmentParser}); anything else is a bug. */
    public Outcome assess(Assessment a) {
        Integer massage = massageIndex.get(a.massage());
        if (massage == null || a.soreness() < 0 || a.soreness() > 10 || baseRank[massage] < 0) {
            throw notValidated(a);
        }
        Ctx x = new Ctx(a, massage, severityIndexBySoreness[a.soreness()]);
        for (String id : a.factors()) {
            if (!factorById.containsKey(id)) {
                throw notValidated(a);
            }
        }
        if (!a.conditions().isEmpty()) {
            x.conditions = new int[a.conditions().size()];
            int k = 0;
            for (String id : a.conditions()) {
                Integer c = conditionIndex.get(id);
                if (c == null) {
                    throw notValidated(a);
                }
                x.conditions[k++] = c;
            }
        }
        long[] warnings = warningOrder.newMarks();
        if (!a.redFlags().isEmpty()) {
            for (String flag : a.redFlags()) {
                Integer slot = redFlagSlot.get(flag);
                if (slot == null) {
                    throw notValidated(a);
                }
                x.redFlag = Math.max(x.redFlag, warningOrder.warning(slot).level().ordinal());
                WarningOrder.mark(warnings, slot);
            }
        }

        // only rules the index lets through can hold; those it cannot settle alone are checked in full,
        // in rule order. Band rules that do not hold are cleared from their candidate bits, so the bits
        // left are the fired band rules, read back in order once the fired-id array can be sized.
        long[] bandFired = bandFilter.candidates(x);
        int bandCount = 0;
        int rank = baseRank[massage];
        int last = bands.length - 1;
        for (int i = RuleFilter.next(bandFired, 0); i >= 0; i = RuleFilter.next(bandFired, i + 1)) {
            CompiledBandRule rule = bandRules[i];
            x.band = rank;
            if (bandFilter.certain(i) || rule.cond.matches(x)) {
                bandCount++;
                if (rule.atLeast > rank) {
                    rank = rule.atLeast;
                }
                rank = Math.min(rank + rule.longerBy, last);
            } else {
                bandFired[i >>> 6] &= ~(1L << i);
            }
        }
        x.band = rank;
        Band band = bands[rank];
        Status status = status(a, band);
        x.status = 1 << status.ordinal();

        long[] candidates = warningFilter.candidates(x);
        long[] itemCandidates = itemFilter.candidates(x);
        int itemCount = RuleFilter.count(itemCandidates);
        // an upper bound of the fired ids (exact unless some candidates fail their full check):
        // an item adds at most one id, its own or its exclusion's
        String[] fired = new String[2 + bandCount + a.redFlags().size() + RuleFilter.count(candidates)
                + a.factors().size() + itemCount];
        int n = 0;
        fired[n++] = baseRule[massage];
        for (int i = RuleFilter.next(bandFired, 0); i >= 0; i = RuleFilter.next(bandFired, i + 1)) {
            fired[n++] = bandRules[i].id;
        }
        fired[n++] = statusRule[status.ordinal()];
        if (!a.redFlags().isEmpty()) {
            for (String flag : a.redFlags()) {
                fired[n++] = warningOrder.warning(redFlagSlot.get(flag)).code();
            }
        }
        for (int i = RuleFilter.next(candidates, 0); i >= 0; i = RuleFilter.next(candidates, i + 1)) {
            CompiledWarning rule = warningRules[i];
            if (warningFilter.certain(i) || rule.cond.matches(x)) {
                WarningOrder.mark(warnings, warningSlot[i]);
                fired[n++] = rule.firedId;
            }
        }
        if (!a.factors().isEmpty()) {
            for (int i = 0; i < factors.length; i++) {
                if (a.factors().contains(factors[i].id())) {
                    WarningOrder.mark(warnings, factorSlot[i]);
                    fired[n++] = factorCodes[i];
                }
            }
        }

        candidates = itemCandidates;
        PlannedItem[] plan = new PlannedItem[itemCount];
        int planned = 0;
        List<Omission> omitted = null;
        boolean[] exclusionFired = null;
        // the exclusions that hold are found once, not once per item: an item's first one that holds
        // is then the lowest common bit (its removers are in exclusion order)
        long holding = 0;
        if (exclusionFilter != null && itemCount > 0) {
            long[] hold = exclusionFilter.candidates(x);
            for (int e = RuleFilter.next(hold, 0); e >= 0; e = RuleFilter.next(hold, e + 1)) {
                if (!exclusionFilter.certain(e) && !exclusionConds[e].matches(x)) {
                    hold[0] &= ~(1L << e);
                }
            }
            holding = hold[0];
        }
        for (int i = RuleFilter.next(candidates, 0); i >= 0; i = RuleFilter.next(candidates, i + 1)) {
            CompiledItem item = items[i];
            int v = itemFilter.certain(i) ? 0 : item.firstVariant(x);
            if (v < 0) {
                continue;
            }
            int k;
            if (exclusionFilter == null) {
                k = item.firstExclusion(x);
            } else {
                long hit = holding & item.removerMask;
                k = hit == 0 ? -1 : Long.bitCount(item.removerMask & (Long.lowestOneBit(hit) - 1));
            }
            if (k < 0) {
                plan[planned++] = item.planned[v];
                fired[n++] = item.firedIds[v];
                continue;
            }
            if (omitted == null) {
                omitted = new ArrayList<>(4);
                exclusionFired = new boolean[exclusionCount];
            }
            omitted.add(item.omission[k]);
            if (!exclusionFired[item.exclusionIndex[k]]) {
                exclusionFired[item.exclusionIndex[k]] = true;
                fired[n++] = item.exclusionId[k];
            }
        }
        return new Outcome(a, band, severityBySoreness[a.soreness()], status,
                warningOrder.read(warnings), planned == 0 ? List.of() : new ArrayView<>(plan, planned),
                omitted == null ? List.of() : Collections.unmodifiableList(omitted),
                new ArrayView<>(fired, n), rules.version());
    }

    private static IllegalArgumentException notValidated(Assessment a) {
        return new IllegalArgumentException("assessment not validated: " + a);
    }

    private Status status(Assessment a, Band band) {
        if (a.soreness() == 0) {
            return Status.NO_SORENESS;
        }
        if (a.hours() <= band.maxHours()) {
            return Status.ON_TRACK;
        }
        return a.hours() > rules.watchHours() ? Status.PAST_72_HOURS : Status.LONGER_THAN_EXPECTED;
    }

    /** What is known about one assessment, as indexes and bits the compiled conditions test directly. */
    static final class Ctx {
        private static final int[] NONE = new int[0];
        final int massage;
        final int severity;
        final int quality;
        final int factorCount;
        final double hours;
        final boolean hasPrevious;
        final int rise;
        int band;
        int status;
        int redFlag = -1;
        int[] conditions = NONE;

        Ctx(Assessment a, int massage, int severity) {
            this.massage = massage;
            this.severity = severity;
            this.quality = 1 << a.quality().ordinal();
            this.factorCount = a.factors().size();
            this.hours = a.hours();
            this.hasPrevious = a.previousSoreness() != null;
            this.rise = hasPrevious ? a.soreness() - a.previousSoreness() : 0;
        }
    }

    /**
     * A {@link When} compiled against this rule set: ids become positions in boolean tables, enums bits.
     * An id the rule set does not know matches nothing, as a list look-up would.
     */
    static final class Cond {
        boolean always = true;
        boolean[] massage;
        boolean[] severity;
        int quality;
        boolean[] band;
        int status;
        int minFactors;
        boolean hasHours;
        double hoursAbove;
        boolean hasRise;
        int rise;
        int redFlag = -1;
        boolean[] condition;

        boolean matches(Ctx x) {
            if (always) {
                return true;
            }
            if (massage != null && !massage[x.massage]) {
                return false;
            }
            if (severity != null && (x.severity < 0 || !severity[x.severity])) {
                return false;
            }
            if (quality != 0 && (quality & x.quality) == 0) {
                return false;
            }
            if (band != null && !band[x.band]) {
                return false;
            }
            if (status != 0 && (status & x.status) == 0) {
                return false;
            }
            if (x.factorCount < minFactors) {
                return false;
            }
            if (hasHours && !(x.hours > hoursAbove)) {
                return false;
            }
            if (hasRise && (!x.hasPrevious || x.rise < rise)) {
                return false;
            }
            if (redFlag >= 0 && x.redFlag < redFlag) {
                return false;
            }
            if (condition != null) {
                for (int c : x.conditions) {
                    if (condition[c]) {
                        return true;
                    }
                }
                return false;
            }
            return true;
        }
    }

    private final class Compiler {
        Map<String, Integer> bandRank;
        private final Map<String, Integer> severityIndex = new HashMap<>();

        Compiler() {
            for (int i = 0; i < rules.severities().size(); i++) {
                severityIndex.putIfAbsent(rules.severities().get(i).id(), i);
            }
        }

        Cond compile(When w) {
            Cond c = new Cond();
            c.massage = table(w.massageIn(), massageIndex, rules.massageTypes().size());
            c.severity = table(w.severityIn(), severityIndex, rules.severities().size());
            for (PainQuality q : w.qualityIn()) {
                c.quality |= 1 << q.ordinal();
            }
            c.band = table(w.bandIn(), bandRank, bands.length);
            for (Status s : w.statusIn()) {
                c.status |= 1 << s.ordinal();
            }
            c.minFactors = w.minFactors() == null ? 0 : w.minFactors();
            c.hasHours = w.hoursAbove() != null;
            c.hoursAbove = c.hasHours ? w.hoursAbove() : 0;
            c.hasRise = w.sorenessRiseAtLeast() != null;
            c.rise = c.hasRise ? w.sorenessRiseAtLeast() : 0;
            c.redFlag = w.redFlagLevelAtLeast() == null ? -1 : w.redFlagLevelAtLeast().ordinal();
            c.condition = table(w.conditionIn(), conditionIndex, conditionIndex.size());
            c.always = c.massage == null && c.severity == null && c.quality == 0 && c.band == null && c.status == 0
                    && c.minFactors <= 0 && !c.hasHours && !c.hasRise && c.redFlag < 0 && c.condition == null;
            return c;
        }

        private boolean[] table(List<String> ids, Map<String, Integer> index, int size) {
            if (ids.isEmpty()) {
                return null;
            }
            boolean[] t = new boolean[size];
            for (String id : ids) {
                Integer i = index.get(id);
                if (i != null) {
                    t[i] = true;
                }
            }
            return t;
        }
    }

    private record CompiledBandRule(Cond cond, String id, int atLeast, int longerBy) {
    }

    private record CompiledWarning(Cond cond, String firedId) {
    }

    private record CompiledItem(Cond[] variants, PlannedItem[] planned, String[] firedIds,
                                int[] exclusionIndex, Cond[] exclusions, Omission[] omission, String[] exclusionId,
                                long removerMask) {

        int firstVariant(Ctx x) {
            for (int v = 0; v < variants.length; v++) {
                if (variants[v].matches(x)) {
                    return v;
                }
            }
            return -1;
        }

        int firstExclusion(Ctx x) {
            for (int k = 0; k < exclusions.length; k++) {
                if (exclusions[k].matches(x)) {
                    return k;
                }
            }
            return -1;
        }
    }
}
