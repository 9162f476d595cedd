package com.ublives.recovery.cli.journal;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.storage.SafeFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the journal to a file: csv (one row per check-in) or json (everything, for import).")
final class JournalExportCommand extends JournalSubcommand {

    @Option(names = "--format", required = true, paramLabel = "csv|json")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "File to write (default: standard output).")
    Path out;

    @Option(names = "--force", description = "Replace the output file if it exists.")
    boolean force;

    @Override
    Integer run(Services services) throws IOException {
        if (!"csv".equals(format) && !"json".equals(format)) {
            throw new BadInputException("--format must be csv or json, got " + format);
        }
        if (out == null) {
            write(services, out());
            return 0;
        }
        Path target;
        try {
            target = SafeFile.checkTarget(out, force);
        } catch (SafeFile.TargetRefusedException refused) {
            throw new BadInputException("--out " + refused.getMessage());
        }
        try {
            SafeFile.writeText(target, force, w -> write(services, w));
        } catch (FileAlreadyExistsException raced) {
            throw new BadInputException("--out " + out + " already exists; add --force to replace it");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
        out().println("Exported the journal as " + format + " to " + target);
        return 0;
    }

    private void write(Services services, Writer w) throws IOException {
        if ("csv".equals(format)) {
            services.journal().exportCsv(w);
        } else {
            services.journal().exportJson(w);
            w.write(System.lineSeparator());
            w.flush();
        }
    }
}
