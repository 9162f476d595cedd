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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Time from JVM start to the first shown window: the real app against a bare JavaFX window with one
 * Label, in the same run, alternating, each in a fresh JVM, several rounds, medians. Needs a display:
 * {@code xvfb-run -a -s "-screen 0 1280x900x24" mvn -q -o -Pbench test-compile exec:java
 * -Dbench.main=com.ublives.recovery.bench.StartupBenchmark -Dexec.args=7}
 * Prints figures only; it asserts nothing.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String classpath = classpath();
        Map<String, List<Long>> times = new HashMap<>();
        // one unmeasured round of each warms the disk cache so the first measured round is not an outlier
        run(classpath, StartupProbe.BareMain.class.getName(), Files.createTempDirectory("startup-bench"));
        run(classpath, StartupProbe.FullMain.class.getName(), Files.createTempDirectory("startup-bench"));
        for (int round = 1; round <= rounds; round++) {
            Map<String, Long> bare = run(classpath, StartupProbe.BareMain.class.getName(), Files.createTempDirectory("startup-bench"));
            Map<String, Long> app = run(classpath, StartupProbe.FullMain.class.getName(), Files.createTempDirectory("startup-bench"));
            times.computeIfAbsent("bare shown", k -> new ArrayList<>()).add(bare.get("shown"));
            times.computeIfAbsent("app shown", k -> new ArrayList<>()).add(app.get("shown"));
            times.computeIfAbsent("app ready", k -> new ArrayList<>()).add(app.get("ready"));
            System.out.printf("round %d: bare shown %d ms, app shown %d ms, app ready %d ms%n",
                    round, bare.get("shown"), app.get("shown"), app.get("ready"));
        }
        long bare = median(times.get("bare shown"));
        long app = median(times.get("app shown"));
        long ready = median(times.get("app ready"));
        System.out.printf("%nmedian of %d rounds (ms since JVM start)%n", rounds);
        System.out.printf("| bare JavaFX window, one Label | %d |%n", bare);
        System.out.printf("| Recovery Planner window shown | %d |%n", app);
        System.out.printf("| Recovery Planner screens ready (fresh data dir: H2 + Flyway) | %d |%n", ready);
        System.out.printf("ratio app/bare (window shown): %.2f (aim <= 1.30)%n", (double) app / bare);
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
                if (parts.length == 2 && (parts[0].equals("shown") || parts[0].equals("ready"))) {
                    marks.put(parts[0], Long.parseLong(parts[1]));
                }
            }
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (!marks.containsKey("shown")) {
            throw new IllegalStateException(main + " printed no start-up time:\n" + String.join("\n", output));
        }
        return marks;
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
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
