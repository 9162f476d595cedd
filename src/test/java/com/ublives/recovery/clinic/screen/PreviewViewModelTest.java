package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.ClinicSession;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewViewModelTest {

    @TempDir
    Path dir;

    private ClinicFixture fixture;
    private PreviewViewModel model;
    private ClinicSession session;

    @BeforeEach
    void open() {
        fixture = ClinicFixture.direct(dir.resolve("data"));
        fixture.setUpClinic();
        model = new PreviewViewModel(fixture.sheets, fixture.pages, fixture.output(), fixture.dialogs,
                fixture.tasks, ClinicFixture.TEXTS);
        session = fixture.session(fixture.client("Zoë Łukasz-Müller", "blood-thinners"),
                ClinicFixture.NOW.minusHours(1), "deep-tissue", 5);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void previewDrawsTheSessionsSheetOnTheClinicsPaper() {
        PageImage page = model.show(session.id()).join();

        // A4 (595.28 × 841.89 pt) at 144 DPI, rounded down
        assertThat(page.width()).isEqualTo(1190);
        assertThat(page.height()).isEqualTo(1683);
        assertThat(model.pageProperty().get()).isSameAs(page);
        assertThat(model.titleProperty().get()).isEqualTo("Zoë Łukasz-Müller · 2026-05-12 · A4");
        assertThat(model.sheetProperty().get().outcome().omitted()).isNotEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void choosingLetterRedrawsThePageOnLetter() {
        model.show(session.id()).join();
        model.paperProperty().set(Paper.LETTER);

        // the redraw runs in the background; wait for it
        long until = System.currentTimeMillis() + 10_000;
        while (model.pageProperty().get().width() != 1224 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        assertThat(model.pageProperty().get().width()).isEqualTo(1224);
        assertThat(model.pageProperty().get().height()).isEqualTo(1584);
        assertThat(model.sheetProperty().get().paper()).isEqualTo(Paper.LETTER);
    }

    @Test
    void saveAsPdfWritesTheSheetThatWasPreviewedUnderTheClientsName() throws IOException {
        model.show(session.id()).join();
        Path out = dir.resolve("zoe.pdf");
        fixture.dialogs.filesToSave.add(out);

        model.savePdf().join();

        assertThat(fixture.dialogs.suggestedNames).containsExactly("aftercare-Zoë-Łukasz-Müller-2026-05-12.pdf");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zoë Łukasz-Müller", "+48 58 123 45 67");
        }
    }

    @Test
    void aNameChosenWithoutTheEndingGetsPdfAdded() {
        model.show(session.id()).join();
        fixture.dialogs.filesToSave.add(dir.resolve("sheet"));

        model.savePdf().join();

        assertThat(dir.resolve("sheet.pdf")).exists();
    }

    @Test
    void printingThePreviewSendsOnePage() {
        model.show(session.id()).join();

        model.print().join();

        assertThat(fixture.printer.pages).hasSize(1);
        assertThat(fixture.printer.papers).containsExactly(Paper.A4);
    }

    @Test
    void whatNoFontCanPrintIsLeftOutAndNamedInThePreviewAndWhenSaved() {
        ClinicSession emoji = fixture.session(fixture.client("Ana \uD83D\uDE00 Silva"), ClinicFixture.NOW.minusHours(2),
                "swedish", 2);
        model.show(session.id()).join();
        assertThat(model.noteProperty().get()).as("nothing left out of Zoë's sheet").isEmpty();

        model.show(emoji.id()).join();
        assertThat(model.noteProperty().get())
                .isEqualTo("Left out of this sheet, as no font the sheets carry can print them: \uD83D\uDE00 (U+1F600)");

        fixture.dialogs.filesToSave.add(dir.resolve("ana.pdf"));
        model.savePdf().join();
        assertThat(model.output().statusProperty().get()).endsWith(
                "ana.pdf. Left out, as no font the sheets carry can print them: \uD83D\uDE00 (U+1F600)");
    }

    @Test
    void fileNamesKeepLettersOfAnyScript() {
        SheetContent sheet = fixture.sheets.forSession(session.id(), null);
        SheetContent chinese = new SheetContent(sheet.clinic(), null, "李小龍 / Bruce", sheet.date(), "", "",
                sheet.outcome(), sheet.rules());

        assertThat(PreviewViewModel.fileName(chinese)).isEqualTo("aftercare-李小龍-Bruce-2026-05-12.pdf");
    }
}
