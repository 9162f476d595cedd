package com.ublives.recovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a later start of the command line loads: `plan` and `journal status` on an existing folder read
 * the stored rules' conditions, the safety floor and the journal's JSON columns token by token, without building Jackson's object mapper (~450
 * classes, a fifth of the command's time: docs/BENCHMARKS.md). The rule set is still read and
 * validated (the plan is printed from it).
 */
class LaterStartClassesTest {

    @TempDir
    Path dir;

    @Test
    void planAndJournalStatusOnAnExistingFolderBuildNoObjectMapper() throws Exception {
        Path data = dir.resolve("data");
        run(dir.resolve("first.log"), "plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30",
                "--data-dir", data.toString());

        Path log = dir.resolve("later.log");
        String out = run(log, "plan", "--massage", "deep-tissue", "--soreness", "5", "--hours", "30",
                "--condition", "blood-thinners", "--data-dir", data.toString());

        assertThat(out).contains("deep-tissue");
        List<String> loaded = Files.readAllLines(log);
        assertThat(loaded).anyMatch(l -> l.contains("com.ublives.recovery.rules.SafetyFloor "))
                .anyMatch(l -> l.contains("com.ublives.recovery.rules.RuleSetValidator "))
                .noneMatch(l -> l.contains("com.fasterxml.jackson.databind.ObjectMapper "))
                // a call naming its command builds that one, not the root's help command
                .noneMatch(l -> l.contains("picocli.CommandLine$HelpCommand "));

        run(dir.resolve("add.log"), "journal", "add", "--massage", "deep-tissue", "--soreness", "5", "--at", "2026-01-01T09:00",
                "--condition", "pregnancy", "--data-dir", data.toString());
        Path statusLog = dir.resolve("status.log");
        assertThat(run(statusLog, "journal", "status", "--data-dir", data.toString())).contains("Recovery 1");
        assertThat(Files.readAllLines(statusLog)).anyMatch(l -> l.contains("com.ublives.recovery.storage.JsonColumns "))
                .noneMatch(l -> l.contains("com.fasterxml.jackson.databind.ObjectMapper "));
    }

    /**
     * The usage help lists the commands without building any of them (their models load ~1,000 classes:
     * docs/BENCHMARKS.md, "Command line, third round"); a command's own help builds that one.
     */
    @Test
    void theHelpBuildsNoCommand() throws Exception {
        Path log = dir.resolve("help.log");
        assertThat(run(log, "--help")).contains("plan", "journal", "rules");
        // the command classes themselves are loaded with Cli's table of commands; their models would load
        // their options (AssessmentOptions, DataDirOption) and subcommands
        assertThat(Files.readAllLines(log)).noneMatch(l -> l.contains("com.ublives.recovery.cli.AssessmentOptions "))
                .noneMatch(l -> l.contains("com.ublives.recovery.cli.DataDirOption "))
                .noneMatch(l -> l.contains("com.ublives.recovery.cli.journal.JournalStatusCommand "))
                .noneMatch(l -> l.contains("com.ublives.recovery.cli.rules.RulesListCommand "))
                // nor the root's: the help is the text the build rendered (cli.HelpTexts)
                .noneMatch(l -> l.contains("picocli.CommandLine$Model$CommandSpec "))
                .anyMatch(l -> l.contains("com.ublives.recovery.cli.HelpTexts "));

        Path planHelp = dir.resolve("plan-help.log");
        assertThat(run(planHelp, "plan", "--help")).contains("--soreness");
        assertThat(Files.readAllLines(planHelp)).anyMatch(l -> l.contains("com.ublives.recovery.cli.AssessmentOptions "))
                .noneMatch(l -> l.contains("com.ublives.recovery.cli.journal.JournalStatusCommand "));
    }

    /** Runs the command line in a child JVM that logs every class it loads into {@code log}; returns its output. */
    private static String run(Path log, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
