package com.ublives.recovery.cli.rules;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.rules.RuleSetVersion;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

/** What every rules subcommand shares: the data folder, output, and how a version is named in a line. */
abstract class RulesSubcommand implements Callable<Integer> {


    @Mixin
    DataDirOption dataDir;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        try (Services services = dataDir.open()) {
            Integer status = run(services);
            out().flush();
            return status;
        }
    }

    abstract Integer run(Services services) throws Exception;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /**
     * The words of the changes a command shows: the window's, in English like the rest of the command
     * line's output (until the command line takes a language of its own).
     */
    static java.util.ResourceBundle texts() {
        return com.ublives.recovery.i18n.Language.ENGLISH.messages();
    }

    /** The person the change is recorded for: the account running the command. */
    static String who() {
        return System.getProperty("user.name", "");
    }

    /** "version 3 (2026.11-2+3)". */
    static String named(RuleSetVersion v) {
        return CliLanguage.say("rules.version", String.valueOf(v.number()), v.name());
    }

    /** "  3  2026.11-2+3   edited    2026-03-01 10:00  anna" with "*" in front of the one in use. */
    static String line(RuleSetVersion v) {
        String by = v.savedBy() == null ? CliLanguage.say("rules.byTheApp") : v.savedBy();
        return String.format(java.util.Locale.ROOT, "%s %3d  %-22s %-9s %s  %s", v.inUse() ? "*" : " ", v.number(), v.name(),
                v.source().id(), when(v), by);
    }

    /** When a version was saved, in this computer's time zone, as the language writes it. */
    static String when(RuleSetVersion v) {
        return CliLanguage.dateTime().format(v.savedAt().atZone(ZoneId.systemDefault()));
    }

    static RuleSetVersion inUse(List<RuleSetVersion> versions) {
        return versions.stream().filter(RuleSetVersion::inUse).findFirst().orElse(null);
    }
}
