package com.ublives.recovery.cli.rules;

import picocli.CommandLine.Command;

/** rules: the clinic's own content, as versions of the rule set (issue 14). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "The versions of the rule set: list them, export one as JSON, import an edited file,"
                + " use an earlier version again, or go back to the bundled rules.",
        subcommands = {RulesListCommand.class, RulesExportCommand.class, RulesImportCommand.class,
                RulesUseCommand.class, RulesResetCommand.class})
public final class RulesCommand {
}
