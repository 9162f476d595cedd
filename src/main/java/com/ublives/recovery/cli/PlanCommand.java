package com.ublives.recovery.cli;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.sheet.PdfFile;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.rules.AssessmentParser;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.rules.Outcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code plan}: judges one assessment and prints band, status, warnings and plan. Values are taken as
 * text and checked by the engine's parser, so "4.5" or "11" get the same one-line message as in the window.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        sortOptions = false)
public final class PlanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AssessmentOptions assessment;

    @Option(names = "--area", paramLabel = "ID")
    private List<String> areas = new ArrayList<>();

    @Option(names = "--save")
    private boolean save;

    @Option(names = "--pdf", paramLabel = "FILE")
    private Path pdf;

    @Option(names = "--force")
    private boolean force;

    @Option(names = "--json")
    private boolean json;

    @Mixin
    DataDirOption dataDir;

    @Override
    public Integer call() {
        // refuse a soreness of 11 and the like before the data folder is opened: most of a command's time
        AssessmentParser.checkValues(assessment.raw());
        if (!save && !areas.isEmpty()) {
            throw new BadInputException(CliLanguage.say("plan.areaWithoutSave"));
        }
        if (force && pdf == null) {
            throw new BadInputException(CliLanguage.say("plan.forceWithoutPdf"));
        }
        if (pdf != null) {
            OutFile.check("--pdf", pdf, force);
        }
        try (Services services = dataDir.open()) {
            Outcome outcome = services.planner().assess(assessment.raw());
            if (pdf != null) {
                writePdf(services, outcome);
            }
            Long kept = save ? services.journal().keepAssessment(outcome.assessment(), null, areas).id() : null;
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                // JSON is for programs: the rule set's own texts, whatever the language of the run
                Outcome own = services.planner().assess(outcome.assessment(), null);
                ObjectNode node = PlanJson.MAPPER.valueToTree(PlanJson.of(own));
                if (kept != null) {
                    node.put("recoveryId", kept);
                }
                out.println(PlanJson.write(node));
            } else {
                out.print(PlanText.render(outcome, services.planner().ruleSet()));
                if (kept != null) {
                    out.println();
                    out.println(CliLanguage.say("plan.kept", String.valueOf(kept)));
                }
            }
            if (pdf != null && !json) {
                out.println();
                out.println(CliLanguage.say("plan.pdfWritten", pdf));
            }
            out.flush();
            return 0;
        }
    }

    private void writePdf(Services services, Outcome outcome) {
        SheetContent sheet = SheetContent.personal(LocalDate.now(services.journal().clock()), outcome,
                services.planner().ruleSet(), CliLanguage.language());
        SheetRenderer renderer = new SheetRenderer(SheetFont.load(), services.journal().clock());
        try {
            PdfFile.write(pdf, force, stream -> renderer.render(sheet, stream));
        } catch (InvalidInputException appeared) {
            throw new BadInputException(appeared.first().describe("--", CliLanguage.language()));
        } catch (IOException e) {
            throw new UncheckedIOException(CliLanguage.say("out.failed", pdf, e.getMessage()), e);
        }
    }
}
