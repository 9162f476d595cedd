package com.ublives.recovery.rules;

public record MassageType(String id, String name, String baseBand) {
}
