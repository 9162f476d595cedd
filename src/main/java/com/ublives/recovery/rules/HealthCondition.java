package com.ublives.recovery.rules;

/** A health condition; what it removes from the plan is an {@link Exclusion} rule. */
public record HealthCondition(String id, String label) {
}
