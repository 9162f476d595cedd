package com.ublives.recovery.rules;

import java.util.List;

/**
 * Removes advice that would be unsafe when its condition holds (sharp pain, a red flag, a health
 * condition). Removed items are listed apart in the outcome with this reason, so a person sees
 * they were left out on purpose.
 */
public record Exclusion(String id, When when, List<Category> categories, List<String> items, String reason) {
    public Exclusion {
        when = when == null ? When.ALWAYS : when;
        categories = categories == null ? List.of() : List.copyOf(categories);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean removes(PlanItem item) {
        return categories.contains(item.category()) || items.contains(item.id());
    }
}
