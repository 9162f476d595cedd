package com.ublives.recovery.rules;

/** Warning levels, lowest to highest; the order of the constants is the order of severity. */
public enum Level {
    INFO, CAUTION, WARNING, URGENT, EMERGENCY;

    public boolean atLeast(Level other) {
        return compareTo(other) >= 0;
    }
}
