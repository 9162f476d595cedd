package com.ublives.recovery.rules;

/** One way a plan item enters the plan: when this holds, the item applies from..to hours (null = open). */
public record PlanVariant(String rule, When when, Integer fromHour, Integer toHour) {
    public PlanVariant {
        when = when == null ? When.ALWAYS : when;
    }
}
