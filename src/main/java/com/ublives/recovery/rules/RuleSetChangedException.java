package com.ublives.recovery.rules;

/**
 * A save or a switch of the rule set was refused because another desk or program changed the rules in
 * use after this one read them: nothing was stored, and the person reloads to see the other change first.
 */
public class RuleSetChangedException extends RuntimeException {
    public RuleSetChangedException(String message) {
        super(message);
    }
}
