package com.ublives.recovery.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The installed command's launcher script (src/dist/recovery-planner-cli), run in an app image whose two
 * launchers only say which of them ran: a command goes to Java with the command line's options, the window
 * (no arguments, or only a data folder) to the window's launcher, with the window's archive and collector.
 */
class CliLauncherScriptTest {

    @TempDir
    Path app;

    @Test
    void commandsRunWithTheCommandLinesOptionsAndTheWindowWithItsOwnLauncher() throws Exception {
        Files.createDirectories(app.resolve("bin"));
        Files.createDirectories(app.resolve("lib/runtime/bin"));
        Files.copy(Path.of("src/dist/recovery-planner-cli"), app.resolve("bin/recovery-planner-cli"));
        sayWhoRan(app.resolve("bin/recovery-planner"), "window");
        sayWhoRan(app.resolve("lib/runtime/bin/java"), "java");

        assertThat(run()).isEqualTo("window");
        assertThat(run("--data-dir", "/tmp/my data")).isEqualTo("window --data-dir /tmp/my data");
        assertThat(run("--data-dir=/tmp/d")).isEqualTo("window --data-dir=/tmp/d");
        assertThat(run("plan", "--soreness", "5")).startsWith("java ").contains("-XX:TieredStopAtLevel=1")
                .endsWith("com.ublives.recovery.Launcher plan --soreness 5");
        assertThat(run("--data-dir", "/tmp/d", "journal", "status")).startsWith("java ")
                .endsWith("Launcher --data-dir /tmp/d journal status");
        assertThat(run("--data-dir=")).as("no folder named: the command line refuses it").startsWith("java ");
    }

    private static void sayWhoRan(Path file, String who) throws Exception {
        Files.writeString(file, "#!/bin/sh\necho " + who + " \"$@\"\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private String run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", app.resolve("bin/recovery-planner-cli").toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
