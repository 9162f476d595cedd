package com.ublives.recovery.rules;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;

/**
 * A save or a switch of the rule set was refused because another desk or program changed the rules in
 * use after this one read them: nothing was stored, and the person reloads to see the other change first.
 */
public class RuleSetChangedException extends RuntimeException implements Phrased {
    private final transient Phrase phrase;

    public RuleSetChangedException(String message) {
        this(Phrase.written(message));
    }

    /** The sentence as a key and its arguments: the face writes it in its language; the message is its English. */
    public RuleSetChangedException(Phrase phrase) {
        super(phrase.english());
        this.phrase = phrase;
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
