package com.ublives.recovery.cli.rules;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.OutFile;
import com.ublives.recovery.Services;
import com.ublives.recovery.rules.RuleSetDiff;
import com.ublives.recovery.rules.RuleSetVersion;
import picocli.CommandLine.Command;

@Command(name = "reset", mixinStandardHelpOptions = true)
final class RulesResetCommand extends RulesSubcommand {

    @Override
    Integer run(Services services) {
        long startedFrom = services.content().changes();
        if (RuleSetDiff.ofContent(services.content().inUse(), services.content().bundled()).isEmpty()) {
            out().println(CliLanguage.say("rules.reset.already", services.content().inUse().version()));
            return 0;
        }
        RuleSetVersion saved = services.content().reset(who(), startedFrom);
        out().println(CliLanguage.say("rules.reset.done", named(saved)));
        return 0;
    }
}
