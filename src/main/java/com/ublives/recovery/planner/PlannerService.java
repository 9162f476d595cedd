package com.ublives.recovery.planner;

import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;

/**
 * The one door to the rules engine for the window, the command line, the journal and the clinic,
 * so all of them judge an assessment the same way with the rule set in use. When another version of
 * the rules is put in use ({@link #use}), every later judgement takes it; one already begun finishes
 * with the set it started with, so a plan never mixes two versions.
 */
public final class PlannerService {

    /** The engine and the parser of one rule set, swapped together. */
    private record Judge(RuleEngine engine, AssessmentParser parser) {
        Judge(RuleSet rules) {
            this(new RuleEngine(rules), new AssessmentParser(rules));
        }
    }

    private volatile Judge judge;
    private final java.util.List<java.util.function.Consumer<RuleSet>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public PlannerService(RuleSet rules) {
        this.judge = new Judge(rules);
    }

    public RuleSet ruleSet() {
        return judge.engine().ruleSet();
    }

    /** From now on, judge with these (already validated) rules; those listening are told when they differ. */
    public void use(RuleSet rules) {
        RuleSet before = ruleSet();
        judge = new Judge(rules);
        if (!rules.equals(before)) {
            listeners.forEach(listener -> listener.accept(rules));
        }
    }

    /**
     * Tells the listener each time other rules are put in use (on the thread that put them in use: a
     * screen hands it on to its own). Returns what stops telling it, for a screen that is thrown away.
     */
    public Runnable whenRulesChange(java.util.function.Consumer<RuleSet> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Parses raw input and judges it; throws InvalidInputException naming each bad input. */
    public Outcome assess(AssessmentParser.Raw raw) {
        Judge now = judge;
        return now.engine().assess(now.parser().parse(raw));
    }

    public Outcome assess(Assessment assessment) {
        return judge.engine().assess(assessment);
    }
}
