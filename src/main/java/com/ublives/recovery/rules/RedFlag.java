package com.ublives.recovery.rules;

/** A symptom that needs care now, whatever the band: label in plain words, action says what to do. */
public record RedFlag(String id, Level level, String label, String action) {

    /** What the engine says when this flag is reported: the sign, then what to do. */
    public String message() {
        return label + ". " + action;
    }
}
