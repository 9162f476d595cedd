package com.ublives.recovery.rules;

/** Something that makes soreness last longer; its advice is shown whenever the factor is given. */
public record Factor(String id, String label, String advice) {
}
