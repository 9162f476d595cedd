package com.ublives.recovery.bench;

import com.ublives.recovery.rules.Assessment;
import com.ublives.recovery.rules.BandRule;
import com.ublives.recovery.rules.Category;
import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.rules.PlanItem;
import com.ublives.recovery.rules.PlanVariant;
import com.ublives.recovery.rules.RuleEngine;
import com.ublives.recovery.rules.RuleSet;
import com.ublives.recovery.rules.RuleSetJson;
import com.ublives.recovery.rules.RuleSetValidator;
import com.ublives.recovery.rules.WarningRule;
import com.ublives.recovery.rules.When;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Rules engine throughput and latency on one thread: a plain main, no JMH. Each run warms up, then
 * measures assessments per second over a fixed time and the latency of single calls with
 * System.nanoTime. Prints figures only; it asserts nothing.
 *
 * mvn -q -o -Pbench test-compile exec:java -Dbench.main=com.ublives.recovery.bench.EngineBenchmark
 */
public final class EngineBenchmark {

    private static final int EXTRA_RULES = 1_000;
    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long MEASURE_NANOS = 5_000_000_000L;
    private static final int LATENCY_SAMPLES = 2_000_000;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    public static void main(String[] args) throws IOException {
        RuleSet defaults = RuleSetJson.parse(resource("/rules/default-rules.json"));
        RuleSet extended = RuleSetValidator.requireValid(withExtraRules(defaults, EXTRA_RULES));
        Assessment[] mix = assessments(defaults, 4096, new Random(42));

        System.out.printf(Locale.ROOT, "java %s, %s, %d available processors%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "timer overhead (nanoTime pair): %d ns%n", timerOverhead());
        run("default rule set", new RuleEngine(defaults), mix);
        run("default + " + EXTRA_RULES + " extra rules", new RuleEngine(extended), mix);
        System.out.println("(sink " + (sink & 1) + ")");
    }

    private static void run(String name, RuleEngine engine, Assessment[] mix) {
        int rules = engine.ruleSet().bandRules().size() + engine.ruleSet().warningRules().size()
                + engine.ruleSet().planItems().size() + engine.ruleSet().exclusions().size();
        throughput(engine, mix, WARM_UP_NANOS);
        latencies(engine, mix, LATENCY_SAMPLES / 4);
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        double perSecond = throughput(engine, mix, MEASURE_NANOS);
        // on a shared machine the thread is not always on a core: CPU time shows how much it was
        double onCore = (THREADS.getCurrentThreadCpuTime() - cpu0) / (double) (System.nanoTime() - wall0);
        long[] ns = latencies(engine, mix, LATENCY_SAMPLES);
        System.out.printf(Locale.ROOT, "%-32s %5d rules  %,12.0f assessments/s (wall; %,.0f per CPU-second, on core %.0f%%)  p50 %6.2f µs  p99 %6.2f µs  p99.9 %6.2f µs  max %8.2f µs%n",
                name, rules, perSecond, perSecond / onCore, onCore * 100, pct(ns, 0.50), pct(ns, 0.99), pct(ns, 0.999), ns[ns.length - 1] / 1000.0);
    }

    private static double throughput(RuleEngine engine, Assessment[] mix, long nanos) {
        long count = 0;
        long start = System.nanoTime();
        long end = start + nanos;
        long now;
        int i = 0;
        do {
            // check the clock only every 1024 calls so timing does not dominate
            for (int k = 0; k < 1024; k++) {
                Outcome o = engine.assess(mix[i]);
                sink += o.plan().size() + o.warnings().size() + o.band().maxHours();
                i = (i + 1) & (mix.length - 1);
            }
            count += 1024;
            now = System.nanoTime();
        } while (now < end);
        return count * 1e9 / (now - start);
    }

    private static long[] latencies(RuleEngine engine, Assessment[] mix, int samples) {
        long[] ns = new long[samples];
        for (int s = 0; s < samples; s++) {
            Assessment a = mix[s & (mix.length - 1)];
            long t0 = System.nanoTime();
            Outcome o = engine.assess(a);
            ns[s] = System.nanoTime() - t0;
            sink += o.firedRules().size();
        }
        Arrays.sort(ns);
        return ns;
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    private static long timerOverhead() {
        long[] ns = new long[100_000];
        for (int i = 0; i < ns.length; i++) {
            long t0 = System.nanoTime();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        return ns[ns.length / 2];
    }

    /** A realistic mix: every massage, soreness 0–10, both qualities, hours 0–100, some factors, flags, conditions. */
    public static Assessment[] assessments(RuleSet rules, int n, Random rnd) {
        List<String> massages = rules.massageTypes().stream().map(m -> m.id()).toList();
        List<String> factors = rules.factors().stream().map(f -> f.id()).toList();
        List<String> flags = rules.redFlags().stream().map(f -> f.id()).toList();
        List<String> conditions = rules.conditions().stream().map(c -> c.id()).toList();
        Assessment[] mix = new Assessment[n];
        for (int i = 0; i < n; i++) {
            int soreness = rnd.nextInt(11);
            Set<String> f = switch (rnd.nextInt(4)) {
                case 0 -> Set.of(factors.get(rnd.nextInt(5)));
                case 1 -> Set.of(factors.get(0), factors.get(1 + rnd.nextInt(4)));
                default -> Set.of();
            };
            Set<String> r = rnd.nextInt(10) == 0 ? Set.of(flags.get(rnd.nextInt(flags.size()))) : Set.of();
            Set<String> c = rnd.nextInt(5) == 0 ? Set.of(conditions.get(rnd.nextInt(conditions.size()))) : Set.of();
            mix[i] = new Assessment(massages.get(rnd.nextInt(massages.size())), soreness,
                    rnd.nextInt(5) == 0 ? PainQuality.SHARP : PainQuality.ACHY, rnd.nextInt(1000) / 10.0,
                    rnd.nextBoolean() ? rnd.nextInt(11) : null, f, r, c);
        }
        return mix;
    }

    /**
     * Adds {@code extra} rules spread over band rules, warning rules and plan items. About one in
     * twenty matches common assessments (and so changes the work done), the rest use every kind of
     * condition but cannot hold, so the engine must still evaluate them.
     */
    public static RuleSet withExtraRules(RuleSet base, int extra) {
        List<BandRule> bandRules = new ArrayList<>(base.bandRules());
        List<WarningRule> warningRules = new ArrayList<>(base.warningRules());
        List<PlanItem> planItems = new ArrayList<>(base.planItems());
        Category[] categories = Category.values();
        for (int i = 0; i < extra; i++) {
            boolean matches = i % 20 == 0;
            When when = matches ? matching(i) : nonMatching(i);
            switch (i % 3) {
                case 0 -> bandRules.add(new BandRule("bench.band." + i, when, "LIGHT", 0));
                case 1 -> warningRules.add(new WarningRule("bench-warning-" + i, Level.values()[i % 3], when,
                        "Benchmark warning " + i));
                default -> {
                    Category cat = categories[i % categories.length];
                    String id = cat.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".bench-" + i;
                    planItems.add(new PlanItem(id, cat, "Bench item " + i, "Benchmark plan text " + i,
                            List.of(new PlanVariant("plan." + id, when, i % 48, null))));
                }
            }
        }
        return new RuleSet(base.version() + "+bench", base.watchHours(), base.bands(), base.massageTypes(),
                base.severities(), base.factors(), base.redFlags(), base.conditions(), bandRules, warningRules,
                planItems, base.exclusions());
    }

    private static When matching(int i) {
        return switch (i % 4) {
            case 0 -> new When(null, null, List.of(PainQuality.ACHY), null, null, null, null, null, null, null);
            case 1 -> new When(null, List.of("mild", "moderate"), null, null, null, null, null, null, null, null);
            case 2 -> new When(null, null, null, List.of("MODERATE", "LINGERING"), null, null, null, null, null, null);
            default -> new When(null, null, null, null, null, null, 12.0, null, null, null);
        };
    }

    private static When nonMatching(int i) {
        return switch (i % 7) {
            case 0 -> new When(List.of("thai"), List.of("none"), List.of(PainQuality.SHARP), null, null, null, null, null, null, null);
            case 1 -> new When(null, null, null, null, null, 6, null, null, null, null);
            case 2 -> new When(null, null, null, null, null, null, 10_000.0, null, null, null);
            case 3 -> new When(null, null, null, null, null, null, null, 11, null, null);
            case 4 -> new When(null, List.of("severe"), List.of(PainQuality.ACHY), List.of("LIGHT"), null, null, null, null, null, null);
            case 5 -> new When(List.of("swedish", "relaxation"), List.of("none"), null, List.of("LINGERING"), null, null, null, null, null, null);
            default -> new When(null, null, null, null, null, null, null, null, Level.EMERGENCY, List.of("pacemaker"));
        };
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = EngineBenchmark.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
