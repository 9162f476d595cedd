package com.ublives.recovery.rules;

import com.ublives.recovery.i18n.Phrase;

/**
 * A JSON value the rule set's readers refuse (an unknown field, a value of the wrong kind), told as a
 * phrase: it reaches a person through a rule set import, the rules read back from the data folder and the
 * Content editor, each in its own language. Still an IllegalArgumentException, which is what the readers'
 * callers catch.
 */
public final class JsonRefusal extends com.ublives.recovery.i18n.PhrasedArgumentException {

    public JsonRefusal(Phrase phrase) {
        super(phrase);
    }

    static JsonRefusal of(String key, Object... args) {
        return new JsonRefusal(Phrase.of(key, args));
    }
}
