package com.ublives.recovery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the shaded jar as a person would, in its own JVM, and gives back status, stdout and stderr. */
public final class JarRun {

    public record Result(int status, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Path scratch;

    /** Output files go to scratch (a temp folder of the test). */
    public JarRun(Path scratch) {
        this.scratch = scratch;
    }

    public Result java(String... args) throws IOException, InterruptedException {
        return java(Map.of(), args);
    }

    /** With extra environment variables (e.g. the password of an encrypted folder). */
    public Result java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/recovery-planner.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("RECOVERY_PLANNER_PASSWORD");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the jar finished within two minutes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
