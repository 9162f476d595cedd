package com.ublives.recovery.rules;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;

import java.util.List;

/**
 * A rule set that was refused; {@link #problems()} names every bad row in English (logs, tests),
 * {@link #phrases()} in the reader's language, as the face that shows them writes them.
 */
public class RuleSetException extends RuntimeException implements Phrased {
    private final transient List<Phrase> phrases;

    // Only phrases: a refusal in words of one language would reach a German reader in English.
    private RuleSetException(List<Phrase> phrases) {
        super(refused(phrases).english());
        this.phrases = List.copyOf(phrases);
    }

    /** Refused for these problems, each a phrase of i18n/messages. */
    public static RuleSetException of(List<Phrase> problems) {
        return new RuleSetException(problems);
    }

    public List<String> problems() {
        return phrases.stream().map(Phrase::english).toList();
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    @Override
    public Phrase phrase() {
        return refused(phrases);
    }

    private static Phrase refused(List<Phrase> problems) {
        return Phrase.of(problems.size() == 1 ? "rules.refused.one" : "rules.refused.many", problems.size(),
                Phrase.joined("\n  ", problems));
    }
}
