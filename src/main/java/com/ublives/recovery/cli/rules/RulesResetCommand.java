package com.ublives.recovery.cli.rules;

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
            out().println("The bundled rules are already in use (" + services.content().inUse().version() + "); nothing changed.");
            return 0;
        }
        RuleSetVersion saved = services.content().reset(who(), startedFrom);
        out().println("The bundled rules are in use again, stored as " + named(saved) + ".");
        return 0;
    }
}
