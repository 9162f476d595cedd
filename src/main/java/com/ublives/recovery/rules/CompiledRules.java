package com.ublives.recovery.rules;

import com.ublives.recovery.rules.Outcome.Warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A rule set compiled once for evaluation: every rule's {@link When} as a {@link Condition}, ids as
 * positions, every result an outcome can hold (warnings, plan entries, fired-rule ids) prebuilt, every
 * warning numbered in outcome order ({@link WarningOrder}) and one {@link RuleFilter} per kind of rule.
 * Immutable; an {@link Evaluation} only reads it, so one compiled set serves every thread.
 */
final class CompiledRules {

    final RuleSet ruleSet;
    /** The bands in rank order. */
    final Band[] bands;
    final Map<String, Integer> massagePosition;
    final Map<String, Integer> conditionPosition;
    final Set<String> factorIds;
    /** Per massage position: the id of its base-band rule, and its base band's rank (-1: unknown band). */
    final String[] baseRuleId;
    final int[] baseBandRank;
    /** Per soreness 0-10: its severity, and that severity's position in the cut-points (-1: none). */
    final Severity[] severityBySoreness = new Severity[11];
    final int[] severityPositionBySoreness = new int[11];
    /** Per status ordinal, the id it fires (status.on-track, ...). */
    final String[] statusRuleId = new String[Status.values().length];

    final WarningOrder warningOrder;
    final Map<String, Integer> redFlagSlot = new HashMap<>();

    final CompiledBandRule[] bandRules;
    final RuleFilter bandFilter;

    final CompiledWarningRule[] warningRules;
    /** Per warning rule, its warning's slot in the outcome order. */
    final int[] warningSlotOfRule;
    final RuleFilter warningFilter;

    final Factor[] factors;
    /** Per factor: the code of its warning and its fired id (factor.&lt;id&gt;), and its warning slot. */
    final String[] factorCode;
    final int[] factorSlot;

    final CompiledPlanItem[] planItems;
    final RuleFilter planFilter;

    final Condition[] exclusions;
    /** Which exclusions hold, found once per assessment as one word; null without exclusions or with more than 64. */
    final RuleFilter exclusionFilter;

    CompiledRules(RuleSet rules) {
        ruleSet = rules;
        bands = rules.bands().toArray(Band[]::new);
        ConditionCompiler compiler = new ConditionCompiler(rules);
        massagePosition = compiler.massagePositions();
        conditionPosition = compiler.conditionPositions();
        factorIds = new HashSet<>();
        rules.factors().forEach(f -> factorIds.add(f.id()));

        List<MassageType> massages = rules.massageTypes();
        baseRuleId = new String[massages.size()];
        baseBandRank = new int[massages.size()];
        for (int i = 0; i < massages.size(); i++) {
            baseRuleId[i] = "band.base." + massages.get(i).id();
            baseBandRank[i] = compiler.bandRanks().getOrDefault(massages.get(i).baseBand(), -1);
        }
        for (int soreness = 0; soreness <= 10; soreness++) {
            severityBySoreness[soreness] = rules.severityOf(soreness);
            severityPositionBySoreness[soreness] = rules.severities().indexOf(severityBySoreness[soreness]);
        }
        for (Status s : Status.values()) {
            statusRuleId[s.ordinal()] = "status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        bandRules = new CompiledBandRule[rules.bandRules().size()];
        for (int i = 0; i < bandRules.length; i++) {
            BandRule r = rules.bandRules().get(i);
            Integer atLeast = r.atLeast() == null ? null : compiler.bandRanks().get(r.atLeast());
            bandRules[i] = new CompiledBandRule(compiler.compile(r.when()), r.id(), atLeast == null ? -1 : atLeast, r.longerBy());
        }
        warningRules = new CompiledWarningRule[rules.warningRules().size()];
        for (int i = 0; i < warningRules.length; i++) {
            WarningRule r = rules.warningRules().get(i);
            warningRules[i] = new CompiledWarningRule(compiler.compile(r.when()), "warning." + r.code());
        }
        factors = rules.factors().toArray(Factor[]::new);
        factorCode = new String[factors.length];
        for (int i = 0; i < factors.length; i++) {
            factorCode[i] = RuleEngine.FACTOR_PREFIX + factors[i].id();
        }

        // every warning an outcome can hold, in the order an assessment adds them: red flags, warning
        // rules, factors (see WarningOrder); each kind's slots are then read back by that position
        List<Warning> everyWarning = new ArrayList<>();
        for (RedFlag f : rules.redFlags()) {
            everyWarning.add(new Warning(f.level(), RuleEngine.RED_FLAG_PREFIX + f.id(), f.message()));
        }
        for (WarningRule r : rules.warningRules()) {
            everyWarning.add(new Warning(r.level(), r.code(), r.message()));
        }
        for (int i = 0; i < factors.length; i++) {
            everyWarning.add(new Warning(Level.INFO, factorCode[i], factors[i].advice()));
        }
        warningOrder = new WarningOrder(everyWarning);
        int firstWarningRule = rules.redFlags().size();
        for (int i = 0; i < firstWarningRule; i++) {
            redFlagSlot.put(rules.redFlags().get(i).id(), warningOrder.slot(i));
        }
        warningSlotOfRule = new int[warningRules.length];
        for (int i = 0; i < warningRules.length; i++) {
            warningSlotOfRule[i] = warningOrder.slot(firstWarningRule + i);
        }
        factorSlot = new int[factors.length];
        for (int i = 0; i < factors.length; i++) {
            factorSlot[i] = warningOrder.slot(firstWarningRule + warningRules.length + i);
        }

        List<Exclusion> exclusionList = rules.exclusions();
        exclusions = new Condition[exclusionList.size()];
        for (int e = 0; e < exclusions.length; e++) {
            exclusions[e] = compiler.compile(exclusionList.get(e).when());
        }
        planItems = new CompiledPlanItem[rules.planItems().size()];
        for (int i = 0; i < planItems.length; i++) {
            planItems[i] = CompiledPlanItem.compile(compiler, rules.planItems().get(i), exclusionList, exclusions);
        }

        Condition[][] bandConditions = new Condition[bandRules.length][];
        for (int i = 0; i < bandRules.length; i++) {
            bandConditions[i] = new Condition[] {bandRules[i].when()};
        }
        Condition[][] warningConditions = new Condition[warningRules.length][];
        for (int i = 0; i < warningRules.length; i++) {
            warningConditions[i] = new Condition[] {warningRules[i].when()};
        }
        Condition[][] planConditions = new Condition[planItems.length][];
        for (int i = 0; i < planItems.length; i++) {
            planConditions[i] = planItems[i].variants();
        }
        Condition[][] exclusionConditions = new Condition[exclusions.length][];
        for (int e = 0; e < exclusions.length; e++) {
            exclusionConditions[e] = new Condition[] {exclusions[e]};
        }
        // band rules run before band and status are known, so their filter cannot settle those
        bandFilter = filter(bandConditions, false);
        warningFilter = filter(warningConditions, true);
        planFilter = filter(planConditions, true);
        exclusionFilter = exclusions.length == 0 || exclusions.length > 64 ? null : filter(exclusionConditions, true);
    }

    private RuleFilter filter(Condition[][] rules, boolean bandKnown) {
        return new RuleFilter(rules, ruleSet.massageTypes().size(), ruleSet.severities().size(),
                conditionPosition.size(), bands.length, bandKnown);
    }

    /** A band rule: when it holds, the band becomes at least {@code atLeastRank} (-1: no floor), then {@code longerBy} longer. */
    record CompiledBandRule(Condition when, String id, int atLeastRank, int longerBy) {
    }

    record CompiledWarningRule(Condition when, String firedId) {
    }
}
