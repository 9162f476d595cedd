package com.ublives.recovery.rules;

import com.ublives.recovery.rules.Outcome.Omission;
import com.ublives.recovery.rules.Outcome.PlannedItem;

import java.util.ArrayList;
import java.util.List;

/**
 * One plan item compiled: its variants in order (the first that holds is planned) and the exclusions
 * that can remove it, in exclusion order (the first that holds removes it and names the reason).
 * Everything an outcome shows is built here once, so evaluating an item allocates nothing.
 */
final class CompiledPlanItem {

    private final Condition[] variants;
    private final PlannedItem[] plannedByVariant;
    private final String[] ruleIdByVariant;
    /** The exclusions that can remove this item, in exclusion order: their position, condition, omission, id. */
    private final int[] removerPosition;
    private final Condition[] removerCondition;
    private final Omission[] removerOmission;
    private final String[] removerRuleId;
    /** The removers among the first 64 exclusions, one bit per exclusion position. */
    private final long removerBits;

    private CompiledPlanItem(Condition[] variants, PlannedItem[] plannedByVariant, String[] ruleIdByVariant,
                             int[] removerPosition, Condition[] removerCondition, Omission[] removerOmission,
                             String[] removerRuleId, long removerBits) {
        this.variants = variants;
        this.plannedByVariant = plannedByVariant;
        this.ruleIdByVariant = ruleIdByVariant;
        this.removerPosition = removerPosition;
        this.removerCondition = removerCondition;
        this.removerOmission = removerOmission;
        this.removerRuleId = removerRuleId;
        this.removerBits = removerBits;
    }

    static CompiledPlanItem compile(ConditionCompiler compiler, PlanItem item, List<Exclusion> exclusions,
                                    Condition[] exclusionConditions) {
        List<PlanVariant> variantList = item.variants();
        Condition[] variants = new Condition[variantList.size()];
        PlannedItem[] planned = new PlannedItem[variants.length];
        String[] ruleIds = new String[variants.length];
        for (int v = 0; v < variants.length; v++) {
            PlanVariant variant = variantList.get(v);
            variants[v] = compiler.compile(variant.when());
            planned[v] = new PlannedItem(item.id(), item.category(), item.title(), item.text(),
                    variant.fromHour(), variant.toHour());
            ruleIds[v] = variant.rule();
        }
        List<Integer> removers = new ArrayList<>();
        for (int e = 0; e < exclusions.size(); e++) {
            if (exclusions.get(e).removes(item)) {
                removers.add(e);
            }
        }
        int[] position = new int[removers.size()];
        Condition[] condition = new Condition[removers.size()];
        Omission[] omission = new Omission[removers.size()];
        String[] ruleId = new String[removers.size()];
        long bits = 0;
        for (int r = 0; r < position.length; r++) {
            int e = removers.get(r);
            bits |= e < 64 ? 1L << e : 0;
            position[r] = e;
            condition[r] = exclusionConditions[e];
            omission[r] = new Omission(item.id(), item.title(), exclusions.get(e).reason());
            ruleId[r] = exclusions.get(e).id();
        }
        return new CompiledPlanItem(variants, planned, ruleIds, position, condition, omission, ruleId, bits);
    }

    Condition[] variants() {
        return variants;
    }

    /** The first variant that holds, or -1. */
    int firstVariantThatHolds(AssessmentFacts facts) {
        for (int v = 0; v < variants.length; v++) {
            if (variants[v].matches(facts)) {
                return v;
            }
        }
        return -1;
    }

    /** The first of this item's removers that holds, checking each in full, or -1. */
    int firstRemoverThatHolds(AssessmentFacts facts) {
        for (int r = 0; r < removerCondition.length; r++) {
            if (removerCondition[r].matches(facts)) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The first of this item's removers among the exclusions known to hold (one bit per exclusion
     * position, all below 64), or -1: the lowest common bit, counted among this item's removers.
     */
    int firstRemoverAmong(long holdingExclusions) {
        long hit = holdingExclusions & removerBits;
        return hit == 0 ? -1 : Long.bitCount(removerBits & (Long.lowestOneBit(hit) - 1));
    }

    PlannedItem planned(int variant) {
        return plannedByVariant[variant];
    }

    String ruleId(int variant) {
        return ruleIdByVariant[variant];
    }

    int removerPosition(int remover) {
        return removerPosition[remover];
    }

    Omission omission(int remover) {
        return removerOmission[remover];
    }

    String removerRuleId(int remover) {
        return removerRuleId[remover];
    }
}
