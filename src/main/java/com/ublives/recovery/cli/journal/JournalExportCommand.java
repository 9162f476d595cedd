package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.cli.OutFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

@Command(name = "export", mixinStandardHelpOptions = true)
final class JournalExportCommand extends JournalSubcommand {

    @Option(names = "--format", required = true, paramLabel = "csv|json")
    String format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--force")
    boolean force;

    @Override
    Integer run(Services services) throws IOException {
        if (!"csv".equals(format) && !"json".equals(format)) {
            throw new BadInputException(CliLanguage.say("journal.export.format", format));
        }
        if (out == null) {
            write(services, out());
            return 0;
        }
        Path target = OutFile.check(out, force);
        OutFile.writeText(out, target, force, w -> write(services, w));
        out().println(CliLanguage.say("journal.export.done", format, target));
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
