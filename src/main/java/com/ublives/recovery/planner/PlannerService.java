package com.ublives.recovery.planner;

import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;

/**
 * The one door to the rules engine for the window, the command line, the journal and the clinic,
 * so all of them judge an assessment the same way with the rule set in use.
 */
public final class PlannerService {

    private final RuleEngine engine;
    private final AssessmentParser parser;

    public PlannerService(RuleSet rules) {
        this.engine = new RuleEngine(rules);
        this.parser = new AssessmentParser(rules);
    }

    public RuleSet ruleSet() {
        return engine.ruleSet();
    }

    /** Parses raw input and judges it; throws InvalidInputException naming each bad input. */
    public Outcome assess(AssessmentParser.Raw raw) {
        return engine.assess(parser.parse(raw));
    }

    public Outcome assess(Assessment assessment) {
        return engine.assess(assessment);
    }
}
