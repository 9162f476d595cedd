package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.fasterxml.jackson.databind.JsonNode;
import com.ublives.recovery.cli.PlanJson;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.journal.JournalJson;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.time.Times;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

/** What every journal subcommand shares: the data folder, --json, and the parsing of typed values. */
abstract class JournalSubcommand implements Callable<Integer> {

    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Services services = dataDir.open()) {
            return run(services);
        }
    }

    abstract Integer run(Services services) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    void printJson(JsonNode node) {
        // ASCII with escapes, like `plan --json`: a C-locale console would turn "–" into "?"
        out().println(PlanJson.write(node));
        out().flush();
    }

    static ZoneId zone(Services services) {
        return services.journal().clock().getZone();
    }

    static Instant time(Services services, String option, String text) {
        return Times.parse(option, text, zone(services));
    }

    /** A whole number 0–10; "4.5" and "-1" are refused with the same words as the plan command. */
    static Integer soreness(String text, boolean required) {
        return AssessmentParser.soreness("soreness", text, required);
    }

    static PainQuality quality(String text) {
        return AssessmentParser.quality("quality", text);
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    /** Warnings as stored (the rule set's own texts) or judged now, in the language spoken. */
    void printWarnings(Services services, List<Outcome.Warning> warnings) {
        for (Outcome.Warning w : services.planner().spoken(warnings)) {
            out().println(CliLanguage.say("journal.warning", CliLanguage.say("level." + w.level().name()), w.code(), w.message()));
        }
    }

    static JsonNode bandJson(com.ublives.recovery.rules.Band band) {
        return JournalJson.band(band);
    }
}
