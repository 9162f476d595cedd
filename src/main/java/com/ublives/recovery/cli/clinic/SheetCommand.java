package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.cli.CliLanguage;
import com.ublives.recovery.Services;
import com.ublives.recovery.cli.DataDirOption;
import com.ublives.recovery.cli.AssessmentOptions;
import com.ublives.recovery.cli.BadInputException;
import com.ublives.recovery.clinic.AftercareSheets;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.PdfFile;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetProgress;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.clinic.sheet.Unprintable;
import com.ublives.recovery.time.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code sheet}: the one-page aftercare sheet as PDF. Every input and the output file are checked
 * before anything is written; a failure leaves no file behind.
 */
@Command(name = "sheet", mixinStandardHelpOptions = true, sortOptions = false)
public final class SheetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private AssessmentOptions assessment;

    @Option(names = "--client", paramLabel = "NAME")
    private String client;

    @Option(names = "--therapist", paramLabel = "NAME")
    private String therapist;

    @Option(names = "--session", paramLabel = "ID")
    private Long session;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD")
    private String date;

    @Option(names = "--paper", paramLabel = "a4|letter")
    private String paper;

    @Option(names = "--out", paramLabel = "FILE.pdf", required = true)
    private Path out;

    @Option(names = "--force")
    private boolean force;

    @Mixin
    DataDirOption dataDir;

    private final Clock clock;

    public SheetCommand() {
        this(Clock.systemDefaultZone());
    }

    SheetCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        Paper paperChoice = paper == null ? null : Paper.fromId(paper);
        if (paper != null && paperChoice == null) {
            throw new BadInputException(CliLanguage.say("clinic.paper", paper));
        }
        boolean typedIn = assessment.given() || client != null || therapist != null;
        if (session != null && (typedIn || date != null)) {
            throw new BadInputException(CliLanguage.say("sheet.sessionAlone"));
        }
        LocalDate day = date == null ? null : Times.parseDate("date", date);
        PdfFile.checkTarget(out, force);
        try (Services services = dataDir.open()) {
            AftercareSheets sheets = new AftercareSheets(services.clinic(), services.planner());
            List<SheetContent> pages;
            if (session != null) {
                pages = List.of(sheets.forSession(session, paperChoice));
            } else if (!typedIn && day != null) {
                pages = sheets.forDate(day, paperChoice);
            } else {
                pages = List.of(sheets.forAssessment(client, therapist, day == null ? LocalDate.now(clock) : day,
                        paperChoice, assessment.raw()));
            }
            SheetRenderer renderer = new SheetRenderer(SheetFont.load(), clock);
            Unprintable[] leftOut = {Unprintable.NONE};
            PdfFile.write(out, force, stream -> leftOut[0] = renderer.renderBatch(pages, stream, SheetProgress.NONE, () -> false));
            spec.commandLine().getOut().println(CliLanguage.say("sheet.written", out, pages.size()));
            spec.commandLine().getOut().flush();
            if (!leftOut[0].isEmpty()) {
                spec.commandLine().getErr().println(CliLanguage.say("sheet.leftOut", leftOut[0].listed()));
                spec.commandLine().getErr().flush();
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(CliLanguage.say("out.failed", out, e.getMessage()), e);
        }
    }
}
