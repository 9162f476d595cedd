package com.ublives.recovery.rules;

/** One refused input: which input, and a message that names what is allowed, e.g. "must be ... , got 11". */
public record InputError(String input, String message) {

    /** "soreness must be a whole number from 0 to 10, got 11", with an optional prefix such as "--". */
    public String describe(String prefix) {
        return prefix + input + " " + message;
    }
}
