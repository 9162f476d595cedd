package com.ublives.recovery.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whole commands of the installed app against a Java hello world on the app's own runtime, side by side:
 * each command of the aims (issue 12) in turn with the hello world, one warm-up each, then ROUNDS rounds;
 * wall time from this program, CPU (user + system) and peak memory from {@code /usr/bin/time}. Prints, per
 * command, the medians and the median (min–max) of the per-round ratios to the hello world. With a second
 * app image (an earlier build) both are timed in the same rounds. Each image's archives must have been made
 * where it lies (build.sh does; a copied image needs {@code -Xshare:dump} again). The data folder gets one
 * recovery first. Prints figures only; it asserts nothing:
 * {@code java -cp target/test-classes com.ublives.recovery.bench.CommandLineBenchmark
 * target/dist/recovery-planner DATA_DIR 9 [EARLIER_IMAGE]}
 */
public final class CommandLineBenchmark {

    private CommandLineBenchmark() {
    }

    private record Run(double wall, double cpu, double peakMiB) {
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]).toAbsolutePath();
        Path data = Path.of(args[1]).toAbsolutePath();
        int rounds = Integer.parseInt(args[2]);
        Map<String, Path> images = new LinkedHashMap<>();
        images.put("app", image);
        if (args.length > 3) {
            images.put("earlier", Path.of(args[3]).toAbsolutePath());
        }
        String dataDir = "--data-dir=" + data;
        run(command(image, "plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30", "--save", dataDir));
        List<String> hello = List.of(image.resolve("lib/runtime/bin/java").toString(), "-cp",
                System.getProperty("java.class.path"), HelloWorld.class.getName());
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("plan", List.of("plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30", dataDir));
        commands.put("catalog", List.of("catalog", dataDir));
        commands.put("journal status", List.of("journal", "status", dataDir));
        commands.put("--help", List.of("--help"));
        commands.put("refusal (--soreness 11)", List.of("plan", "--massage", "deep-tissue", "--soreness", "11", dataDir));
        System.out.printf("| command | build | wall s | CPU s | peak MiB | wall ÷ hello world, median (min–max) |%n|---|---|---|---|---|---|%n");
        for (Map.Entry<String, List<String>> entry : commands.entrySet()) {
            Map<String, List<String>> variants = new LinkedHashMap<>();
            images.forEach((name, at) -> variants.put(name, command(at, entry.getValue().toArray(String[]::new))));
            variants.put("hello world", hello);
            Map<String, List<Run>> runs = new LinkedHashMap<>();
            for (List<String> variant : variants.values()) {
                run(variant);
            }
            for (int round = 0; round < rounds; round++) {
                variants.forEach((name, variant) -> runs.computeIfAbsent(name, k -> new ArrayList<>()).add(run(variant)));
            }
            List<Run> reference = runs.get("hello world");
            runs.forEach((name, list) -> {
                List<Double> ratios = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    ratios.add(list.get(i).wall() / reference.get(i).wall());
                }
                System.out.printf("| %s | %s | %.3f | %.3f | %.1f | %.2f (%.2f–%.2f) |%n", entry.getKey(), name,
                        median(list.stream().map(Run::wall).toList()), median(list.stream().map(Run::cpu).toList()),
                        median(list.stream().map(Run::peakMiB).toList()), median(ratios),
                        ratios.stream().mapToDouble(Double::doubleValue).min().orElse(0),
                        ratios.stream().mapToDouble(Double::doubleValue).max().orElse(0));
            });
        }
    }

    private static List<String> command(Path image, String... args) {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin/recovery-planner-cli").toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** One whole process under /usr/bin/time; its output is thrown away. */
    private static Run run(List<String> command) {
        try {
            Path times = Files.createTempFile("command-bench", ".txt");
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-o", times.toString(), "-f", "%U %S %M"));
            timed.addAll(command);
            long start = System.nanoTime();
            Process process = new ProcessBuilder(timed).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            process.waitFor();
            double wall = (System.nanoTime() - start) / 1e9;
            List<String> lines = Files.readAllLines(times);
            Files.delete(times);
            String[] fields = lines.get(lines.size() - 1).trim().split(" ");
            return new Run(wall, Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]), Double.parseDouble(fields[2]) / 1024);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
