package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.storage.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.List;
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

    @Option(names = "--massage", paramLabel = "ID", description = "Massage type id (required), e.g. swedish, deep-tissue.")
    private String massage;

    @Option(names = "--soreness", paramLabel = "N", description = "Soreness now, a whole number from 0 to 10 (required).")
    private String soreness;

    @Option(names = "--quality", paramLabel = "achy|sharp", description = "Pain quality: achy (default) or sharp.")
    private String quality;

    @Option(names = "--hours", paramLabel = "H", description = "Hours since the massage, 0 or more (default 0).")
    private String hours;

    @Option(names = "--previous-soreness", paramLabel = "N", description = "Soreness at the check-in before this one, 0 to 10.")
    private String previousSoreness;

    @Option(names = "--factor", paramLabel = "ID", description = "A factor that makes soreness last longer; repeatable.")
    private List<String> factors = new ArrayList<>();

    @Option(names = "--red-flag", paramLabel = "ID", description = "A symptom that needs care now; repeatable.")
    private List<String> redFlags = new ArrayList<>();

    @Option(names = "--condition", paramLabel = "ID", description = "A health condition that makes some advice unsafe; repeatable.")
    private List<String> conditions = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    private boolean json;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data folder (default: $RECOVERY_PLANNER_HOME or the per-user folder).")
    private String dataDir;

    @Override
    public Integer call() {
        try (Services services = Services.open(DataDirectory.resolve(dataDir))) {
            Outcome outcome = services.planner().assess(new AssessmentParser.Raw(massage, soreness, quality, hours,
                    previousSoreness, factors, redFlags, conditions));
            spec.commandLine().getOut().print(json ? PlanJson.write(outcome) + System.lineSeparator()
                    : PlanText.render(outcome, services.planner().ruleSet()));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
