package com.ublives.recovery.rules;

import com.ublives.recovery.bench.EngineBenchmark;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static com.ublives.recovery.rules.DefaultRules.RULES;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule index (RuleFilter, WarningOrder) only skips rules that cannot hold: with random extra rules
 * that constrain every kind of input, with many distinct thresholds and shared warning levels, the
 * engine still judges every assessment exactly as the plain reference engine that checks every rule.
 */
class RuleFilterEquivalenceTest {

    private static final double[] HOURS = {0, 12, 24, 24.5, 25, 48, 49, 72, 73, 80.3};

    @ParameterizedTest(name = "random rule set {0}")
    @ValueSource(longs = {1, 2, 3})
    void randomRulesOverEveryInputGiveTheSameOutcomesAsCheckingEveryRule(long seed) {
        Random rnd = new Random(seed);
        RuleSet rules = withRandomRules(rnd, 600);
        RuleEngine fast = new RuleEngine(rules);
        ReferenceRuleEngine reference = new ReferenceRuleEngine(rules);

        for (Assessment a : assessments(new Random(seed + 100))) {
            Outcome expected = reference.assess(a);
            Outcome actual = fast.assess(a);
            if (!actual.equals(expected)) {
                assertThat(actual).as("%s", a).isEqualTo(expected);
            }
        }
    }

    /** The benchmark's mix, half of it moved onto or just past the hour thresholds the rules use. */
    private static List<Assessment> assessments(Random rnd) {
        List<Assessment> all = new ArrayList<>();
        for (Assessment a : EngineBenchmark.assessments(RULES, 3_000, rnd)) {
            all.add(a);
            double h = HOURS[rnd.nextInt(HOURS.length)];
            all.add(a.withHours(rnd.nextBoolean() ? h : Math.nextUp(h)));
        }
        return all;
    }

    private static RuleSet withRandomRules(Random rnd, int extra) {
        List<BandRule> bandRules = new ArrayList<>(RULES.bandRules());
        List<WarningRule> warningRules = new ArrayList<>(RULES.warningRules());
        List<PlanItem> planItems = new ArrayList<>(RULES.planItems());
        Category[] categories = Category.values();
        for (int i = 0; i < extra; i++) {
            switch (i % 3) {
                case 0 -> bandRules.add(new BandRule("random.band." + i, when(rnd),
                        rnd.nextBoolean() ? pick(rnd, RULES.bands(), Band::id).get(0) : null, rnd.nextInt(2)));
                case 1 -> warningRules.add(new WarningRule("random-" + i, Level.values()[rnd.nextInt(Level.values().length)],
                        when(rnd), "Random warning " + i));
                default -> {
                    Category cat = categories[rnd.nextInt(categories.length)];
                    List<PlanVariant> variants = new ArrayList<>();
                    for (int v = 0; v <= rnd.nextInt(3); v++) {
                        variants.add(new PlanVariant("plan.random-" + i + "." + v, when(rnd), rnd.nextInt(48), null));
                    }
                    planItems.add(new PlanItem("random-" + i, cat, "Random " + i, "Random text " + i, variants));
                }
            }
        }
        return new RuleSet(RULES.version() + "+random", RULES.watchHours(), RULES.bands(), RULES.massageTypes(),
                RULES.severities(), RULES.factors(), RULES.redFlags(), RULES.conditions(), bandRules, warningRules,
                planItems, RULES.exclusions());
    }

    /** Each input is constrained with probability 1/4, so most rules mix two or three constraints. */
    private static When when(Random rnd) {
        return new When(
                maybe(rnd, () -> pick(rnd, RULES.massageTypes(), MassageType::id)),
                maybe(rnd, () -> pick(rnd, RULES.severities(), Severity::id)),
                maybe(rnd, () -> pick(rnd, List.of(PainQuality.values()), q -> q)),
                maybe(rnd, () -> pick(rnd, RULES.bands(), Band::id)),
                maybe(rnd, () -> pick(rnd, List.of(Status.values()), s -> s)),
                maybe(rnd, () -> rnd.nextInt(4)),
                maybe(rnd, () -> HOURS[rnd.nextInt(HOURS.length)]),
                maybe(rnd, () -> rnd.nextInt(9) - 3),
                maybe(rnd, () -> Level.values()[rnd.nextInt(Level.values().length)]),
                maybe(rnd, () -> pick(rnd, RULES.conditions(), HealthCondition::id)));
    }

    private static <T> T maybe(Random rnd, java.util.function.Supplier<T> value) {
        return rnd.nextInt(4) == 0 ? value.get() : null;
    }

    /** One to three distinct values. */
    private static <T, R> List<R> pick(Random rnd, List<T> from, Function<T, R> id) {
        List<R> out = new ArrayList<>();
        for (int k = 0; k <= rnd.nextInt(3); k++) {
            R r = id.apply(from.get(rnd.nextInt(from.size())));
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
