package com.ublives.recovery.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.ublives.recovery.Services;
import com.ublives.recovery.rules.Band;
import com.ublives.recovery.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code catalog}: the ids {@code plan} accepts, from the rule set in use. */
@Command(name = "catalog", mixinStandardHelpOptions = true, sortOptions = false)
public final class CatalogCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--json")
    private boolean json;

    @Mixin
    DataDirOption dataDir;

    @JsonPropertyOrder({"ruleSetVersion", "massageTypes", "factors", "redFlags", "conditions"})
    record Catalog(String ruleSetVersion, List<MassageJson> massageTypes, List<Entry> factors,
                   List<FlagJson> redFlags, List<Entry> conditions) {
    }

    @JsonPropertyOrder({"id", "name", "baseBand"})
    record MassageJson(String id, String name, String baseBand) {
    }

    @JsonPropertyOrder({"id", "label"})
    record Entry(String id, String label) {
    }

    @JsonPropertyOrder({"id", "level", "label"})
    record FlagJson(String id, String level, String label) {
    }

    @Override
    public Integer call() {
        try (Services services = dataDir.open()) {
            RuleSet r = services.planner().ruleSet();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(PlanJson.write(new Catalog(r.version(),
                        r.massageTypes().stream().map(m -> new MassageJson(m.id(), m.name(), m.baseBand())).toList(),
                        r.factors().stream().map(f -> new Entry(f.id(), f.label())).toList(),
                        r.redFlags().stream().map(f -> new FlagJson(f.id(), f.level().name(), f.label())).toList(),
                        r.conditions().stream().map(c -> new Entry(c.id(), c.label())).toList())));
            } else {
                out.print(text(r));
            }
            out.flush();
            return 0;
        }
    }

    private static String text(RuleSet r) {
        StringBuilder s = new StringBuilder(CliLanguage.say("catalog.ruleSet", r.version()) + System.lineSeparator());
        section(s, "catalog.massages");
        r.massageTypes().forEach(m -> {
            Band band = r.band(m.baseBand());
            line(s, m.id(), band == null ? CliLanguage.say("catalog.massage", m.name(), m.baseBand())
                    : CliLanguage.say("catalog.massageBand", m.name(), m.baseBand(), band.hoursLabel()));
        });
        section(s, "catalog.qualities");
        line(s, "achy", CliLanguage.say("catalog.achy"));
        line(s, "sharp", CliLanguage.say("catalog.sharp"));
        section(s, "catalog.factors");
        r.factors().forEach(f -> line(s, f.id(), f.label()));
        section(s, "catalog.redFlags");
        r.redFlags().forEach(f -> line(s, f.id(), String.format(Locale.ROOT, "%-9s %s", f.level(), f.label())));
        section(s, "catalog.conditions");
        r.conditions().forEach(c -> line(s, c.id(), c.label()));
        return s.toString();
    }

    private static void section(StringBuilder s, String key) {
        s.append(System.lineSeparator()).append(CliLanguage.say(key)).append(System.lineSeparator());
    }

    private static void line(StringBuilder s, String id, String text) {
        s.append(String.format(Locale.ROOT, "  %-26s %s%n", id, text));
    }
}
