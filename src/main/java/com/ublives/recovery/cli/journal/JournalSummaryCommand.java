package com.ublives.recovery.cli.journal;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.cli.OutFile;
import com.ublives.recovery.summary.SummaryPdf;
import com.ublives.recovery.rules.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

@Command(name = "summary", mixinStandardHelpOptions = true)
final class JournalSummaryCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--pdf", required = true, paramLabel = "FILE")
    Path pdf;

    @Option(names = "--force")
    boolean force;

    @Override
    Integer run(Services services) {
        Path target = OutFile.check("--pdf", pdf, force);
        List<String> leftOut;
        try {
            leftOut = new SummaryPdf(services.journal()).write(recovery,
                    CliLanguage.language().messages(), target, force);
        } catch (InvalidInputException refused) {
            // the file's refusals are about --pdf; the journal's (an unknown recovery) name their own input
            if (!"out".equals(refused.first().input())) {
                throw refused;
            }
            throw new BadInputException(CliLanguage.say("journal.summary.refused", refused.first().message(CliLanguage.language())));
        } catch (IOException e) {
            throw new UncheckedIOException(CliLanguage.say("journal.summary.notWritten", pdf, e.getMessage()), e);
        }
        out().println(CliLanguage.say("journal.summary.written", String.valueOf(recovery), target));
        if (!leftOut.isEmpty()) {
            out().println(CliLanguage.say("journal.summary.leftOut", String.join(", ", leftOut)));
        }
        return 0;
    }
}
