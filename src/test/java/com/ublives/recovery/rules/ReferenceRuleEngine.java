package com.ublives.recovery.rules;

import com.ublives.recovery.rules.Outcome.Omission;
import com.ublives.recovery.rules.Outcome.PlannedItem;
import com.ublives.recovery.rules.Outcome.Warning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Test-only: the engine as first written (plain and slow), kept to prove the optimised engine gives identical outcomes.
 * The rules engine: pure, immutable, thread-safe. Everything clinical comes from the {@link RuleSet};
 * this class only knows how the kinds of rules combine (docs/rules.md, "How the band is found").
 * Look-ups are prepared once here so that one assessment costs a few hundred nanoseconds.
 */
final class ReferenceRuleEngine {

    public static final String RED_FLAG_PREFIX = RuleEngine.RED_FLAG_PREFIX;
    public static final String FACTOR_PREFIX = RuleEngine.FACTOR_PREFIX;

    /** Red flags first (they override everything), then most severe first; ties keep rule-set order. */
    private static final Comparator<Warning> WARNING_ORDER =
            Comparator.comparing((Warning w) -> !w.isRedFlag())
                    .thenComparing(Warning::level, Comparator.reverseOrder());

    private final RuleSet rules;
    private final Band[] bands;
    private final Map<String, Integer> bandRank = new HashMap<>();
    private final Map<String, MassageType> massageById = new HashMap<>();
    private final Map<String, Warning> redFlagWarning = new HashMap<>();
    private final Map<String, Warning> factorWarning = new HashMap<>();
    private final Map<Status, String> statusRule = new HashMap<>();
    private final Severity[] severityBySoreness = new Severity[11];
    private final Set<String> conditionIds = new HashSet<>();

    ReferenceRuleEngine(RuleSet rules) {
        this.rules = rules;
        this.bands = rules.bands().toArray(Band[]::new);
        for (int i = 0; i < bands.length; i++) {
            bandRank.put(bands[i].id(), i);
        }
        rules.massageTypes().forEach(m -> massageById.put(m.id(), m));
        rules.redFlags().forEach(f -> redFlagWarning.put(f.id(),
                new Warning(f.level(), RED_FLAG_PREFIX + f.id(), f.label() + ". " + f.action())));
        rules.conditions().forEach(c -> conditionIds.add(c.id()));
        rules.factors().forEach(f -> factorWarning.put(f.id(),
                new Warning(Level.INFO, FACTOR_PREFIX + f.id(), f.advice())));
        for (Status s : Status.values()) {
            statusRule.put(s, "status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        for (int n = 0; n <= 10; n++) {
            severityBySoreness[n] = rules.severityOf(n);
        }
    }

    public RuleSet ruleSet() {
        return rules;
    }

    /** Judges an assessment. Inputs must already be valid ({@link AssessmentParser}); anything else is a bug. */
    public Outcome assess(Assessment a) {
        MassageType massage = massageById.get(a.massage());
        if (massage == null || a.soreness() < 0 || a.soreness() > 10 || !known(a)) {
            throw new IllegalArgumentException("assessment not validated: " + a);
        }
        Context ctx = new Context(a, severityBySoreness[a.soreness()]);
        List<String> fired = new ArrayList<>(24);
        fired.add("band.base." + massage.id());

        for (String flag : a.redFlags()) {
            Level level = redFlagWarning.get(flag).level();
            ctx.redFlagLevel = ctx.redFlagLevel == null || level.atLeast(ctx.redFlagLevel) ? level : ctx.redFlagLevel;
        }
        ctx.bandRank = bandRank.get(massage.baseBand());
        for (BandRule rule : rules.bandRules()) {
            if (matches(rule.when(), ctx)) {
                fired.add(rule.id());
                if (rule.atLeast() != null) {
                    ctx.bandRank = Math.max(ctx.bandRank, bandRank.get(rule.atLeast()));
                }
                ctx.bandRank = Math.min(ctx.bandRank + rule.longerBy(), bands.length - 1);
            }
        }
        Band band = bands[ctx.bandRank];
        ctx.status = status(a, band);
        fired.add(statusRule.get(ctx.status));

        List<Warning> warnings = warnings(ctx, fired);
        List<PlannedItem> plan = new ArrayList<>(rules.planItems().size());
        List<Omission> omitted = new ArrayList<>(4);
        plan(ctx, fired, plan, omitted);

        return new Outcome(a, band, ctx.severity, ctx.status, warnings, List.copyOf(plan), List.copyOf(omitted),
                List.copyOf(fired), rules.version());
    }

    /** An unknown factor would still count towards "two or more factors"; an unknown flag would be lost. */
    private boolean known(Assessment a) {
        for (String id : a.redFlags()) {
            if (!redFlagWarning.containsKey(id)) {
                return false;
            }
        }
        for (String id : a.factors()) {
            if (!factorWarning.containsKey(id)) {
                return false;
            }
        }
        for (String id : a.conditions()) {
            if (!conditionIds.contains(id)) {
                return false;
            }
        }
        return true;
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

    private List<Warning> warnings(Context ctx, List<String> fired) {
        List<Warning> warnings = new ArrayList<>(8);
        for (String flag : ctx.a.redFlags()) {
            Warning w = redFlagWarning.get(flag);
            warnings.add(w);
            fired.add(w.code());
        }
        for (WarningRule rule : rules.warningRules()) {
            if (matches(rule.when(), ctx)) {
                warnings.add(new Warning(rule.level(), rule.code(), rule.message()));
                fired.add("warning." + rule.code());
            }
        }
        for (Factor factor : rules.factors()) {
            if (ctx.a.factors().contains(factor.id())) {
                Warning w = factorWarning.get(factor.id());
                warnings.add(w);
                fired.add(w.code());
            }
        }
        if (warnings.size() > 1) {
            warnings.sort(WARNING_ORDER.thenComparing(Warning::code));
        }
        return List.copyOf(warnings);
    }

    private void plan(Context ctx, List<String> fired, List<PlannedItem> plan, List<Omission> omitted) {
        for (PlanItem item : rules.planItems()) {
            PlanVariant variant = firstMatching(item, ctx);
            if (variant == null) {
                continue;
            }
            Exclusion exclusion = firstExclusion(item, ctx);
            if (exclusion != null) {
                omitted.add(new Omission(item.id(), item.title(), exclusion.reason()));
                if (!fired.contains(exclusion.id())) {
                    fired.add(exclusion.id());
                }
            } else {
                plan.add(new PlannedItem(item.id(), item.category(), item.title(), item.text(),
                        variant.fromHour(), variant.toHour()));
                fired.add(variant.rule());
            }
        }
    }

    private PlanVariant firstMatching(PlanItem item, Context ctx) {
        for (PlanVariant v : item.variants()) {
            if (matches(v.when(), ctx)) {
                return v;
            }
        }
        return null;
    }

    private Exclusion firstExclusion(PlanItem item, Context ctx) {
        for (Exclusion e : rules.exclusions()) {
            if (e.removes(item) && matches(e.when(), ctx)) {
                return e;
            }
        }
        return null;
    }

    private boolean matches(When w, Context ctx) {
        Assessment a = ctx.a;
        if (!w.massageIn().isEmpty() && !w.massageIn().contains(a.massage())) {
            return false;
        }
        if (!w.severityIn().isEmpty() && !w.severityIn().contains(ctx.severity.id())) {
            return false;
        }
        if (!w.qualityIn().isEmpty() && !w.qualityIn().contains(a.quality())) {
            return false;
        }
        if (!w.bandIn().isEmpty() && !w.bandIn().contains(bands[ctx.bandRank].id())) {
            return false;
        }
        if (!w.statusIn().isEmpty() && (ctx.status == null || !w.statusIn().contains(ctx.status))) {
            return false;
        }
        if (w.minFactors() != null && a.factors().size() < w.minFactors()) {
            return false;
        }
        if (w.hoursAbove() != null && !(a.hours() > w.hoursAbove())) {
            return false;
        }
        if (w.sorenessRiseAtLeast() != null
                && (a.previousSoreness() == null || a.soreness() - a.previousSoreness() < w.sorenessRiseAtLeast())) {
            return false;
        }
        if (w.redFlagLevelAtLeast() != null
                && (ctx.redFlagLevel == null || !ctx.redFlagLevel.atLeast(w.redFlagLevelAtLeast()))) {
            return false;
        }
        return w.conditionIn().isEmpty() || w.conditionIn().stream().anyMatch(a.conditions()::contains);
    }

    /** What is known about one assessment as the engine works through it. */
    private static final class Context {
        final Assessment a;
        final Severity severity;
        int bandRank;
        Status status;
        Level redFlagLevel;

        Context(Assessment a, Severity severity) {
            this.a = a;
            this.severity = severity;
        }
    }
}
