package com.ublives.recovery.rules;

/** A duration band; bands are ordered by their position in the rule set (LIGHT &lt; MODERATE &lt; LINGERING). */
public record Band(String id, String label, String description, int minHours, int maxHours, boolean openEnded) {

    /** "12–24 h", or "48–72+ h" for the open-ended last band. */
    public String hoursLabel() {
        return minHours + "–" + maxHours + (openEnded ? "+" : "") + " h";
    }
}
