package com.ublives.recovery.rules;

import com.ublives.recovery.bench.EngineBenchmark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static com.ublives.recovery.rules.DefaultRules.RULES;
import static org.assertj.core.api.Assertions.assertThat;

/** The optimised engine gives exactly the outcome of the plain reference engine, rule for rule. */
class RuleEngineEquivalenceTest {

    @ParameterizedTest(name = "with {0} extra rules")
    @ValueSource(ints = {0, 1_000})
    void theCompiledEngineJudgesEveryAssessmentExactlyAsTheReferenceEngine(int extra) {
        RuleSet rules = extra == 0 ? RULES : RuleSetValidator.requireValid(EngineBenchmark.withExtraRules(RULES, extra));
        RuleEngine fast = new RuleEngine(rules);
        ReferenceRuleEngine reference = new ReferenceRuleEngine(rules);

        for (Assessment a : assessments()) {
            Outcome expected = reference.assess(a);
            Outcome actual = fast.assess(a);
            if (!actual.equals(expected)) {
                assertThat(actual).as("%s", a).isEqualTo(expected);
            }
        }
    }

    /** Random assessments, plus every massage x soreness x quality at the boundary hours with two factors and a flag. */
    private static List<Assessment> assessments() {
        List<Assessment> all = new ArrayList<>(List.of(EngineBenchmark.assessments(RULES, 20_000, new Random(7))));
        for (MassageType m : RULES.massageTypes()) {
            for (int s = 0; s <= 10; s++) {
                for (PainQuality q : PainQuality.values()) {
                    for (double h : new double[] {0, 12, 24, 24.5, 25, 48, 49, 72, 73}) {
                        Assessment a = new Assessment(m.id(), s, q, h, s % 3 == 0 ? null : 10 - s,
                                s % 2 == 0 ? Set.of("dehydrated", "sensitive") : Set.of(),
                                s == 5 ? Set.of("fever", "spreading-bruise") : Set.of(),
                                s % 4 == 1 ? Set.of("pregnancy", "reduced-sensation") : Set.of());
                        all.add(a);
                    }
                }
            }
        }
        return all;
    }
}
