package com.ublives.recovery.rules;

/**
 * Lengthens the band when its condition holds: to at least {@code atLeast}, and/or
 * {@code longerBy} bands longer (never past the last band). Applied in rule-set order.
 */
public record BandRule(String id, When when, String atLeast, int longerBy) {
    public BandRule {
        when = when == null ? When.ALWAYS : when;
    }
}
