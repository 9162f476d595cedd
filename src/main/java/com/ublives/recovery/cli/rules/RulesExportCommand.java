package com.ublives.recovery.cli.rules;

import com.ublives.recovery.cli.OutFile;
import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

@Command(name = "export", mixinStandardHelpOptions = true)
final class RulesExportCommand extends RulesSubcommand {

    @Option(names = "--version", paramLabel = "V")
    Integer version;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Override
    Integer run(Services services) {
        if (version != null) {
            RulesUseCommand.requireStored(services, "--version", version);
        }
        String json = services.content().exportJson(version);
        Path target = OutFile.check(out, force);
        OutFile.writeText(out, target, force, w -> w.write(json + System.lineSeparator()));
        out().println(version == null ? CliLanguage.say("rules.export.inUse", target)
                : CliLanguage.say("rules.export.version", String.valueOf(version), target));
        return 0;
    }
}
