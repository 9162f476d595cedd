package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/**
 * {@code plan}: judges one assessment and prints band, status, warnings and plan. Values are taken as
 * text and checked by the engine's parser, so "4.5" or "11" get the same one-line message as in the window.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = {"Expected soreness band, warnings and a recovery plan for one massage.",
                "Nothing is stored. Ids are listed by the `catalog` command."},
        customSynopsis = {"recovery-planner plan --massage ID --soreness N [--quality achy|sharp]",
                "    [--hours H] [--previous-soreness N] [--factor ID]... [--red-flag ID]...",
                "    [--condition ID]... [--json] [--data-dir DIR]"},
        sortOptions = false,
        footer = {"", "Example:", "  recovery-planner plan --massage deep-tissue --soreness 5 --hours 30 --json"})
public final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AssessmentOptions assessment;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        // refuse a soreness of 11 and the like before the data folder is opened: most of a command's time
        AssessmentParser.checkValues(assessment.raw());
        try (Services services = dataDir.open()) {
            Outcome outcome = services.planner().assess(assessment.raw());
            spec.commandLine().getOut().print(json ? PlanJson.write(outcome) + System.lineSeparator()
                    : PlanText.render(outcome, services.planner().ruleSet()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
