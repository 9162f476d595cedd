package com.ublives.recovery.rules;

import java.util.List;

/** A rule set that was refused; {@link #problems()} names every bad row. */
public class RuleSetException extends RuntimeException {
    private final transient List<String> problems;

    public RuleSetException(List<String> problems) {
        super("The rule set was refused (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  "
                + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
