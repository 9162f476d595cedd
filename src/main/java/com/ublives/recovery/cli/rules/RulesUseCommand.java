package com.ublives.recovery.cli.rules;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.rules.RuleSetVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "use", mixinStandardHelpOptions = true)
final class RulesUseCommand extends RulesSubcommand {

    @Parameters(index = "0", paramLabel = "VERSION", descriptionKey = "version")
    String version;

    @Override
    Integer run(Services services) {
        int number = number(version);
        RuleSetVersion wanted = requireStored(services, "VERSION", number);
        if (wanted.inUse()) {
            out().println(CliLanguage.say("rules.use.already", named(wanted)));
            return 0;
        }
        RuleSetVersion used = services.content().use(number, services.content().changes());
        out().println(CliLanguage.say("rules.use.done", named(used)));
        return 0;
    }

    private static int number(String text) {
        if (text == null || !text.matches("[0-9]{1,9}")) {
            throw new BadInputException(CliLanguage.say("rules.use.notNumber", text));
        }
        return Integer.parseInt(text);
    }

    /** The stored version with this number, or bad input naming the numbers there are. */
    static RuleSetVersion requireStored(Services services, String option, int number) {
        List<RuleSetVersion> versions = services.content().versions();
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new BadInputException(versions.isEmpty()
                        ? CliLanguage.say("rules.use.noneStored", option, String.valueOf(number))
                        : CliLanguage.say("rules.use.unknown", option, String.valueOf(versions.get(versions.size() - 1).number()),
                                String.valueOf(number))));
    }
}
