package com.ublives.recovery.rules;

public enum Category {
    HYDRATION, HEAT_COLD, STRETCHING, ACTIVE_REST, DEVICE
}
