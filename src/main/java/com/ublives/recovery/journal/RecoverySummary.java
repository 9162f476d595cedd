package com.ublives.recovery.journal;

import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleSet;

import java.time.Instant;
import java.util.List;

/**
 * What a recovery's one-page summary is made of, read in one go: the recovery and its chart (every check-in
 * with its stored judgement), the engine's view of it now (warnings, plan), the plan items it could note as
 * done, and the rule set's words for soreness past 72 hours.
 */
public record RecoverySummary(ChartData chart, Instant now, double hoursNow, Outcome outcomeNow,
                              List<Outcome.PlannedItem> planItems, String past72Advice, RuleSet rules) {

    public RecoverySummary {
        planItems = List.copyOf(planItems);
    }

    public Recovery recovery() {
        return chart.recovery();
    }

    public List<CheckIn> checkIns() {
        return chart.checkIns();
    }
}
