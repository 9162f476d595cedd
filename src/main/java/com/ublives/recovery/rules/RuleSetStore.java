package com.ublives.recovery.rules;

import java.util.List;

/**
 * The versions of the rule set a data folder keeps (implemented by storage/RuleSetRepository). It is
 * declared here, beside the rule set, so the content service can use the stored versions without
 * reaching into the repository, and the repository need not know the service.
 *
 * <p>Every change to what is in use names the {@link #changes()} count it started from; when another
 * desk or program changed the rules in between, it is refused with {@link RuleSetChangedException}
 * and nothing is stored.
 */
public interface RuleSetStore {

    /** Every stored version, oldest first. */
    List<RuleSetVersion> versions();

    /** How many times the rule set in use has changed; a save or a switch starts from it. */
    long changes();

    /** The rule set stored as version {@code number}, validated; RuleSetException when it is not sound. */
    RuleSet read(int number);

    /** Stores an already validated rule set as a new version and puts it in use. */
    RuleSetVersion save(RuleSet rules, RuleSetVersion.Source source, String savedBy, long expectedChanges);

    /** Puts a stored (and still sound) version in use again. */
    RuleSetVersion use(int number, long expectedChanges);
}
