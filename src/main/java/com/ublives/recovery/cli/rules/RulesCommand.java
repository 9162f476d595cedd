package com.ublives.recovery.cli.rules;

import picocli.CommandLine.Command;

/** rules: the clinic's own content, as versions of the rule set (issue 14). */
@Command(name = "rules", mixinStandardHelpOptions = true,
        subcommands = {RulesListCommand.class, RulesExportCommand.class, RulesImportCommand.class,
                RulesUseCommand.class, RulesResetCommand.class})
public final class RulesCommand {
}
