package com.ublives.recovery;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the shaded jar (system property app.jar) in its own JVM as a person would, for the *IT tests. */
public final class FatJar {

    public record Result(int status, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final Path scratch;
    private final List<String> jvmOptions;
    private final File stdout;

    /** Output and error go to files in scratch (a temp folder of the test). */
    public FatJar(Path scratch) {
        this(scratch, List.of());
    }

    /** jvmOptions come before -jar (e.g. -Duser.language=tr). */
    public FatJar(Path scratch, List<String> jvmOptions) {
        this(scratch, jvmOptions, null);
    }

    private FatJar(Path scratch, List<String> jvmOptions, File stdout) {
        this.scratch = scratch;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.stdout = stdout;
    }

    /** The same runs with standard output sent to this file instead (e.g. /dev/full); Result.out is then empty. */
    public FatJar withStdout(File file) {
        return new FatJar(scratch, jvmOptions, file);
    }

    public Result run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), args);
    }

    /** With extra environment variables (e.g. the password of an encrypted folder); none is inherited for it. */
    public Result run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("app.jar", "target/recovery-planner.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return exec(scratch, command, env, stdout);
    }

    /** Any program (the installer's launcher, say) run the same way: output in files, no password inherited. */
    public static Result exec(Path scratch, List<String> command, Map<String, String> env, File stdout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(scratch, "out", ".txt");
        Path err = Files.createTempFile(scratch, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(stdout != null ? stdout : out.toFile())
                .redirectError(err.toFile());
        builder.environment().remove("RECOVERY_PLANNER_PASSWORD");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the program finished within two minutes").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
