package com.ublives.recovery.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Time from JVM start to a usable assessment screen (StartupProbe: form drawn, controls enabled),
 * against a bare JavaFX window with one Label, in the same run: each start a fresh JVM, in turn
 * bare / later start (a data folder that exists) / first start (a new folder), several rounds,
 * medians and the median of the per-round ratios. With -Dbench.baseline.classpath=CP (an earlier
 * build's jar plus this build's test classes) that build is timed in the same rounds too. The CPU time
 * the JVM had used by each moment is printed as well: under load it says more than the wall time.
 * Needs a display:
 * {@code xvfb-run -a -s "-screen 0 1280x900x24" mvn -q -o -Pbench test-compile exec:java
 * -Dbench.main=com.ublives.recovery.bench.StartupBenchmark -Dexec.args=7}
 * Prints figures only; it asserts nothing.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    private record App(String name, String classpath, Path laterFolder) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String classpath = classpath();
        List<App> apps = new ArrayList<>();
        apps.add(new App("app", classpath, Files.createTempDirectory("startup-bench")));
        String baseline = System.getProperty("bench.baseline.classpath");
        if (baseline != null) {
            apps.add(new App("before", baseline, Files.createTempDirectory("startup-bench")));
        }
        String bare = StartupProbe.BareMain.class.getName();
        String full = StartupProbe.FullMain.class.getName();
        // one unmeasured start of each warms the disk cache and creates the folders of the later starts
        run(classpath, bare, Files.createTempDirectory("startup-bench"));
        for (App app : apps) {
            run(app.classpath(), full, app.laterFolder());
        }
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            Map<String, Long> bareMarks = run(classpath, bare, Files.createTempDirectory("startup-bench"));
            long shown = bareMarks.get("shown");
            add(times, "bare JavaFX window, one Label: shown", shown);
            add(times, "bare JavaFX window, one Label: shown, CPU", bareMarks.get("shown-cpu"));
            StringBuilder line = new StringBuilder("round " + round + ": bare " + shown);
            for (App app : apps) {
                Map<String, Long> later = run(app.classpath(), full, app.laterFolder());
                Map<String, Long> first = run(app.classpath(), full, Files.createTempDirectory("startup-bench"));
                add(times, app.name() + ", later start: shown", later.get("shown"));
                add(times, app.name() + ", later start: usable", later.get("usable"));
                add(times, app.name() + ", first start: usable", first.get("usable"));
                add(times, app.name() + ", later start: usable, CPU", later.get("usable-cpu"));
                add(times, app.name() + ", first start: usable, CPU", first.get("usable-cpu"));
                ratios.computeIfAbsent(app.name() + " later start usable CPU / bare CPU", k -> new ArrayList<>())
                        .add((double) later.get("usable-cpu") / bareMarks.get("shown-cpu"));
                ratios.computeIfAbsent(app.name() + " later start usable / bare", k -> new ArrayList<>())
                        .add((double) later.get("usable") / shown);
                ratios.computeIfAbsent(app.name() + " first start usable / bare", k -> new ArrayList<>())
                        .add((double) first.get("usable") / shown);
                line.append(String.format(", %s later shown %d usable %d, first usable %d",
                        app.name(), later.get("shown"), later.get("usable"), first.get("usable")));
            }
            System.out.println(line + " (ms)");
        }
        System.out.printf("%nmedian of %d rounds (ms since JVM start)%n", rounds);
        times.forEach((what, values) -> System.out.printf("| %s | %d |%n", what, median(values)));
        System.out.println();
        ratios.forEach((what, values) -> System.out.printf("| %s | %.2f (min %.2f, max %.2f) |%n", what,
                medianOf(values), values.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                values.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        System.out.println("aims: later start <= 2.0, first start <= 2.5");
    }

    private static void add(Map<String, List<Long>> times, String what, long value) {
        times.computeIfAbsent(what, k -> new ArrayList<>()).add(value);
    }

    private static Map<String, Long> run(String classpath, String main, Path dataDir) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, main, "--data-dir", dataDir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, Long> marks = new HashMap<>();
        List<String> output = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
                String[] parts = line.trim().split(" ");
                if (parts.length == 2 && List.of("shown", "usable", "shown-cpu", "usable-cpu").contains(parts[0])) {
                    marks.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        boolean app = main.equals(StartupProbe.FullMain.class.getName());
        if (!marks.containsKey("shown") || app && !marks.containsKey("usable")) {
            throw new IllegalStateException(main + " printed no start-up time:\n" + String.join("\n", output));
        }
        return marks;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double medianOf(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** exec:java runs us in a class loader of its own; the child JVMs need that same class path. */
    private static String classpath() {
        String override = System.getProperty("bench.classpath");
        if (override != null) {
            return override;
        }
        ClassLoader loader = StartupBenchmark.class.getClassLoader();
        if (loader instanceof URLClassLoader urls && urls.getURLs().length > 1) {
            return Arrays.stream(urls.getURLs()).map(StartupBenchmark::toPath).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    private static String toPath(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (Exception e) {
            throw new IllegalStateException(url.toString(), e);
        }
    }
}
