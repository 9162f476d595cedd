package com.ublives.recovery.cli.rules;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.OutFile;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.PlanJson;
import com.ublives.recovery.rules.RuleSetVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

@Command(name = "list", mixinStandardHelpOptions = true)
final class RulesListCommand extends RulesSubcommand {

    @Option(names = "--json")
    boolean json;

    @JsonPropertyOrder({"number", "name", "source", "savedBy", "savedAt", "inUse"})
    record VersionJson(int number, String name, String source, String savedBy, String savedAt, boolean inUse) {
    }

    @Override
    Integer run(Services services) {
        List<RuleSetVersion> versions = services.content().versions();
        if (json) {
            out().println(PlanJson.write(versions.stream().map(v -> new VersionJson(v.number(), v.name(),
                    v.source().id(), v.savedBy(), v.savedAt().toString(), v.inUse())).toList()));
            return 0;
        }
        out().println(CliLanguage.say("rules.list.header"));
        versions.forEach(v -> out().println(line(v)));
        return 0;
    }
}
