package com.ublives.recovery.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A duration band; bands are ordered by their position in the rule set (LIGHT &lt; MODERATE &lt; LINGERING).
 * {@code courseWording} is the course's sentence in another language, with {min} and {max} for the
 * hours (from the rule set's translations, {@link RuleSet#in}); null means the English one. It is not
 * part of the band's JSON row: it travels in the rule set's "translations".
 */
public record Band(String id, String label, String description, int minHours, int maxHours, boolean openEnded,
                   @JsonIgnore String courseWording) {

    public Band(String id, String label, String description, int minHours, int maxHours, boolean openEnded) {
        this(id, label, description, minHours, maxHours, openEnded, null);
    }

    /** "12–24 h", or "48–72+ h" for the open-ended last band. */
    public String hoursLabel() {
        return minHours + "–" + maxHours + (openEnded ? "+" : "") + " h";
    }

    /**
     * The band as a person reads it: by its course, never by a severity word (the words mild,
     * moderate and severe belong to the soreness value; docs/rules.md, "What a person reads").
     * "Usually eases within 24–48 h", or "May last 48–72 hours or more" for the open-ended band.
     */
    public String course() {
        if (courseWording != null) {
            return courseWording.replace(RuleTranslations.MIN, String.valueOf(minHours))
                    .replace(RuleTranslations.MAX, String.valueOf(maxHours));
        }
        return openEnded
                ? "May last " + minHours + "–" + maxHours + " hours or more"
                : "Usually eases within " + minHours + "–" + maxHours + " h";
    }
}
