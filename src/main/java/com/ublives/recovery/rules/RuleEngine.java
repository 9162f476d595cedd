package com.ublives.recovery.rules;

/**
 * The rules engine: pure, immutable, thread-safe. Everything clinical comes from the {@link RuleSet};
 * the engine only knows how the kinds of rules combine (docs/rules.md, "How the band is found").
 * It works in two parts. The constructor compiles the rule set once ({@link CompiledRules}: conditions
 * as tables and bits, results prebuilt, a {@link RuleFilter} per kind of rule). {@link #assess} then
 * judges each assessment ({@link Evaluation}), checking only the rules that can hold for its inputs,
 * so it costs about a microsecond even with 1,000 extra rules (docs/BENCHMARKS.md).
 * A plain reference engine in the tests checks every rule the slow way and must agree on every outcome.
 */
public final class RuleEngine {

    public static final String RED_FLAG_PREFIX = "red-flag.";
    public static final String FACTOR_PREFIX = "factor.";

    private final CompiledRules compiled;

    public RuleEngine(RuleSet rules) {
        this.compiled = new CompiledRules(rules);
    }

    public RuleSet ruleSet() {
        return compiled.ruleSet;
    }

    /** Judges an assessment. Inputs must already be valid ({@link AssessmentParser}); anything else is a bug. */
    public Outcome assess(Assessment assessment) {
        return new Evaluation(compiled, assessment).outcome();
    }
}
