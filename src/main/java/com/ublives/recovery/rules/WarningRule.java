package com.ublives.recovery.rules;

public record WarningRule(String code, Level level, When when, String message) {
    public WarningRule {
        when = when == null ? When.ALWAYS : when;
    }
}
