package com.ublives.recovery.rules;

import com.ublives.recovery.rules.CompiledRules.CompiledBandRule;
import com.ublives.recovery.rules.CompiledRules.CompiledWarningRule;
import com.ublives.recovery.rules.Outcome.Omission;
import com.ublives.recovery.rules.Outcome.PlannedItem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Judges one assessment against a {@link CompiledRules}, in the order of docs/rules.md ("How the band
 * is found"): red flags, the band (base band, then band rules in order), the status, warnings and
 * factors, then the plan and what the exclusions remove. Only the rules a {@link RuleFilter} lets
 * through are looked at; those it cannot settle alone are checked in full, in rule order.
 * One instance per assessment; not shared between threads.
 */
final class Evaluation {

    private final CompiledRules rules;
    private final Assessment assessment;
    private final AssessmentFacts facts;
    /** The warnings found, one bit per slot of {@link WarningOrder}. */
    private final long[] warningMarks;
    /** Ids of the rules that fired, in the order they fired; sized by an upper bound once the band is known. */
    private String[] firedIds;
    private int firedCount;
    /** Plan items an exclusion removed, with the reason; null until one is. */
    private List<Omission> omitted;

    /** @throws IllegalArgumentException when the assessment names anything the rule set does not know */
    Evaluation(CompiledRules rules, Assessment assessment) {
        this.rules = rules;
        this.assessment = assessment;
        this.facts = factsOf(rules, assessment);
        this.warningMarks = rules.warningOrder.newMarks();
        markRedFlags();
    }

    Outcome outcome() {
        // band rules that do not hold are cleared from their candidate bits, so the bits left are the
        // band rules that fired, read back in order once the fired-id array can be sized
        long[] firedBandRules = rules.bandFilter.candidates(facts);
        int bandRank = applyBandRules(firedBandRules);
        facts.bandRank = bandRank;
        Band band = rules.bands[bandRank];
        Status status = status(band);
        facts.statusBit = 1 << status.ordinal();

        long[] warningCandidates = rules.warningFilter.candidates(facts);
        long[] planCandidates = rules.planFilter.candidates(facts);
        int planCandidateCount = RuleFilter.count(planCandidates);
        // an upper bound (exact unless some candidates fail their full check): base rule, band rules,
        // status, red flags, warning rules, factors, and per plan item one id, its own or its exclusion's
        firedIds = new String[2 + RuleFilter.count(firedBandRules) + assessment.redFlags().size()
                + RuleFilter.count(warningCandidates) + assessment.factors().size() + planCandidateCount];
        fire(rules.baseRuleId[facts.massage]);
        for (int i = RuleFilter.next(firedBandRules, 0); i >= 0; i = RuleFilter.next(firedBandRules, i + 1)) {
            fire(rules.bandRules[i].id());
        }
        fire(rules.statusRuleId[status.ordinal()]);
        if (!assessment.redFlags().isEmpty()) {
            for (String flag : assessment.redFlags()) {
                fire(rules.warningOrder.warning(rules.redFlagSlot.get(flag)).code());
            }
        }
        applyWarningRules(warningCandidates);
        applyFactors();

        PlannedItem[] plan = new PlannedItem[planCandidateCount];
        int planned = applyPlanItems(planCandidates, plan);
        return new Outcome(assessment, band, rules.severityBySoreness[assessment.soreness()], status,
                rules.warningOrder.read(warningMarks), planned == 0 ? List.of() : new ArrayView<>(plan, planned),
                omitted == null ? List.of() : Collections.unmodifiableList(omitted),
                new ArrayView<>(firedIds, firedCount), rules.ruleSet.version());
    }

    /** The assessment as positions in the compiled tables; refuses anything the rule set does not know. */
    private static AssessmentFacts factsOf(CompiledRules rules, Assessment assessment) {
        Integer massage = rules.massagePosition.get(assessment.massage());
        if (massage == null || assessment.soreness() < 0 || assessment.soreness() > 10 || rules.baseBandRank[massage] < 0) {
            throw notValidated(assessment);
        }
        AssessmentFacts facts = new AssessmentFacts(assessment, massage,
                rules.severityPositionBySoreness[assessment.soreness()]);
        for (String id : assessment.factors()) {
            if (!rules.factorIds.contains(id)) {
                throw notValidated(assessment);
            }
        }
        if (!assessment.conditions().isEmpty()) {
            int[] conditions = new int[assessment.conditions().size()];
            int count = 0;
            for (String id : assessment.conditions()) {
                Integer position = rules.conditionPosition.get(id);
                if (position == null) {
                    throw notValidated(assessment);
                }
                conditions[count++] = position;
            }
            facts.conditions = conditions;
        }
        return facts;
    }

    /** Red flags are warnings of their own, and their highest level is a fact other rules may test. */
    private void markRedFlags() {
        if (assessment.redFlags().isEmpty()) {
            return;
        }
        for (String flag : assessment.redFlags()) {
            Integer slot = rules.redFlagSlot.get(flag);
            if (slot == null) {
                throw notValidated(assessment);
            }
            facts.redFlagLevel = Math.max(facts.redFlagLevel, rules.warningOrder.warning(slot).level().ordinal());
            WarningOrder.mark(warningMarks, slot);
        }
    }

    /**
     * Runs the band rules in order from the massage's base band, each seeing the band reached so far.
     * Clears the bits of the candidates that do not hold.
     *
     * @return the rank of the band reached
     */
    private int applyBandRules(long[] candidates) {
        int rank = rules.baseBandRank[facts.massage];
        int longest = rules.bands.length - 1;
        for (int i = RuleFilter.next(candidates, 0); i >= 0; i = RuleFilter.next(candidates, i + 1)) {
            CompiledBandRule rule = rules.bandRules[i];
            facts.bandRank = rank;
            if (rules.bandFilter.certain(i) || rule.when().matches(facts)) {
                if (rule.atLeastRank() > rank) {
                    rank = rule.atLeastRank();
                }
                rank = Math.min(rank + rule.longerBy(), longest);
            } else {
                candidates[i >>> 6] &= ~(1L << i);
            }
        }
        return rank;
    }

    private Status status(Band band) {
        if (assessment.soreness() == 0) {
            return Status.NO_SORENESS;
        }
        if (assessment.hours() <= band.maxHours()) {
            return Status.ON_TRACK;
        }
        return assessment.hours() > rules.ruleSet.watchHours() ? Status.PAST_72_HOURS : Status.LONGER_THAN_EXPECTED;
    }

    private void applyWarningRules(long[] candidates) {
        for (int i = RuleFilter.next(candidates, 0); i >= 0; i = RuleFilter.next(candidates, i + 1)) {
            CompiledWarningRule rule = rules.warningRules[i];
            if (rules.warningFilter.certain(i) || rule.when().matches(facts)) {
                WarningOrder.mark(warningMarks, rules.warningSlotOfRule[i]);
                fire(rule.firedId());
            }
        }
    }

    /** Each factor given adds its advice, in the rule set's order of factors. */
    private void applyFactors() {
        if (assessment.factors().isEmpty()) {
            return;
        }
        for (int i = 0; i < rules.factors.length; i++) {
            if (assessment.factors().contains(rules.factors[i].id())) {
                WarningOrder.mark(warningMarks, rules.factorSlot[i]);
                fire(rules.factorCode[i]);
            }
        }
    }

    /**
     * Plans each candidate item by its first variant that holds, unless an exclusion removes it: then
     * the omission is listed and the exclusion fires, once however many items it removes.
     *
     * @return how many entries of {@code plan} were filled
     */
    private int applyPlanItems(long[] candidates, PlannedItem[] plan) {
        if (plan.length == 0) {
            return 0;
        }
        long holdingExclusions = holdingExclusions();
        boolean[] exclusionFired = null;
        int planned = 0;
        for (int i = RuleFilter.next(candidates, 0); i >= 0; i = RuleFilter.next(candidates, i + 1)) {
            CompiledPlanItem item = rules.planItems[i];
            int variant = rules.planFilter.certain(i) ? 0 : item.firstVariantThatHolds(facts);
            if (variant < 0) {
                continue;
            }
            int remover = rules.exclusionFilter == null
                    ? item.firstRemoverThatHolds(facts)
                    : item.firstRemoverAmong(holdingExclusions);
            if (remover < 0) {
                plan[planned++] = item.planned(variant);
                fire(item.ruleId(variant));
                continue;
            }
            if (omitted == null) {
                omitted = new ArrayList<>(4);
                exclusionFired = new boolean[rules.exclusions.length];
            }
            omitted.add(item.omission(remover));
            int exclusion = item.removerPosition(remover);
            if (!exclusionFired[exclusion]) {
                exclusionFired[exclusion] = true;
                fire(item.removerRuleId(remover));
            }
        }
        return planned;
    }

    /**
     * The exclusions that hold, one bit per exclusion, found once rather than once per item (0 when
     * there is no exclusion filter: then each item checks its own removers).
     */
    private long holdingExclusions() {
        if (rules.exclusionFilter == null) {
            return 0;
        }
        long[] holding = rules.exclusionFilter.candidates(facts);
        for (int e = RuleFilter.next(holding, 0); e >= 0; e = RuleFilter.next(holding, e + 1)) {
            if (!rules.exclusionFilter.certain(e) && !rules.exclusions[e].matches(facts)) {
                holding[0] &= ~(1L << e);
            }
        }
        return holding[0];
    }

    private void fire(String ruleId) {
        firedIds[firedCount++] = ruleId;
    }

    private static IllegalArgumentException notValidated(Assessment assessment) {
        return new IllegalArgumentException("assessment not validated: " + assessment);
    }
}
