package com.ublives.recovery.cli.rules;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.storage.SafeFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
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
        Path target;
        try {
            target = SafeFile.checkTarget(out, force);
        } catch (SafeFile.TargetRefusedException refused) {
            throw new BadInputException("--out " + refused.getMessage());
        }
        try {
            SafeFile.writeText(target, force, w -> w.write(json + System.lineSeparator()));
        } catch (FileAlreadyExistsException raced) {
            throw new BadInputException("--out " + out + " already exists; add --force to replace it");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
        out().println("Exported " + (version == null ? "the rule set in use" : "version " + version) + " to " + target);
        return 0;
    }
}
