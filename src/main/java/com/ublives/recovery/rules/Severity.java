package com.ublives.recovery.rules;

/** A cut-point row of the 0–10 numeric rating scale: soreness from..to (inclusive) has this word. */
public record Severity(String id, String label, int from, int to) {

    public boolean contains(int soreness) {
        return soreness >= from && soreness <= to;
    }
}
