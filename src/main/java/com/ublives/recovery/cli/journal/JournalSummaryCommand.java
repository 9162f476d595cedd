package com.ublives.recovery.cli.journal;

import com.ublives.recovery.Services;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.cli.OutFile;
import com.ublives.recovery.summary.SummaryPdf;
import com.ublives.recovery.rules.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

@Command(name = "summary", mixinStandardHelpOptions = true,
        description = {"Write a one-page summary of a recovery as PDF, to show a therapist or doctor: the massage,",
                "the chart of soreness against the expected course, every check-in with its warnings and red flags,",
                "what you noted doing, and what to do next."})
final class JournalSummaryCommand extends JournalSubcommand {

    @Option(names = "--recovery", required = true, paramLabel = "ID")
    long recovery;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "The PDF file to write.")
    Path pdf;

    @Option(names = "--force", description = "Replace the PDF file if it exists.")
    boolean force;

    @Override
    Integer run(Services services) {
        Path target = OutFile.check("--pdf", pdf, force);
        List<String> leftOut;
        try {
            leftOut = new SummaryPdf(services.journal()).write(recovery,
                    ResourceBundle.getBundle("i18n.messages", Locale.ROOT), target, force);
        } catch (InvalidInputException refused) {
            // the file's refusals are about --pdf; the journal's (an unknown recovery) name their own input
            if (!"out".equals(refused.first().input())) {
                throw refused;
            }
            throw new BadInputException("--pdf " + refused.first().message());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + pdf + ": " + e.getMessage(), e);
        }
        out().println("Wrote the summary of recovery " + recovery + " to " + target
                + ": one page to show your therapist or doctor.");
        if (!leftOut.isEmpty()) {
            out().println("Left out, as no font the summary carries can print them: " + String.join(", ", leftOut));
        }
        return 0;
    }
}
