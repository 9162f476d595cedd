package com.ublives.recovery.rules;

import java.util.List;

/** A piece of recovery advice; it is in the plan with the hours of its first variant that holds. */
public record PlanItem(String id, Category category, String title, String text, List<PlanVariant> variants) {
    public PlanItem {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
