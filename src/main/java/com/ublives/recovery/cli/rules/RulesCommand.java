package com.ublives.recovery.cli.rules;

import com.ublives.recovery.cli.CommandGroup;
import picocli.CommandLine.Command;

import java.util.Map;
import java.util.function.Supplier;

import static com.ublives.recovery.cli.CommandGroup.inOrder;
import static com.ublives.recovery.cli.CommandGroup.sub;

/** rules: the clinic's own content, as versions of the rule set (issue 14). */
@Command(name = "rules", mixinStandardHelpOptions = true)
public final class RulesCommand implements CommandGroup {

    @Override
    public Map<String, Supplier<Object>> subcommands() {
        return inOrder(
                sub("list", RulesListCommand::new),
                sub("export", RulesExportCommand::new),
                sub("import", RulesImportCommand::new),
                sub("use", RulesUseCommand::new),
                sub("reset", RulesResetCommand::new));
    }
}
