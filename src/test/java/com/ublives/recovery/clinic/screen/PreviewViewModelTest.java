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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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

        // A4 (595.28 × 841.89 pt) at the screen's 96 DPI (a screen at 100 %), rounded down
        assertThat(page.width()).isEqualTo(793);
        assertThat(page.height()).isEqualTo(1122);
        assertThat(page.dpi()).isEqualTo(96f);
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
        while (model.pageProperty().get().width() != 816 && System.currentTimeMillis() < until) {
            Thread.onSpinWait();
        }
        assertThat(model.pageProperty().get().width()).isEqualTo(816);
        assertThat(model.pageProperty().get().height()).isEqualTo(1056);
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
    void onAScaledScreenThePageIsDrawnForItsPixels() {
        model.setScreenScale(2); // a HiDPI screen at 200 %: twice the pixels, shown at the same size

        PageImage page = model.show(session.id()).join();

        assertThat(page.width()).isEqualTo(1587);
        assertThat(page.dpi()).isEqualTo(192f);
    }

    @Test
    void aPreviewIsDrawnWhileTheSharedBackgroundThreadsAreBusy() throws Exception {
        // start-up: the screens' reads hold both shared threads
        CountDownLatch release = new CountDownLatch(1);
        for (int i = 0; i < 2; i++) {
            fixture.tasks.run(() -> release.await(60, TimeUnit.SECONDS), done -> { }, failed -> { });
        }
        try {
            PageImage page = model.show(session.id()).get(30, TimeUnit.SECONDS);

            assertThat(page).isSameAs(model.pageProperty().get());
            assertThat(model.titleProperty().get()).startsWith("Zoë Łukasz-Müller");
        } finally {
            release.countDown();
        }
    }

    @Test
    void thePreviewIsTheSavedSheetDrawnWithItsWarnings() throws IOException {
        ClinicSession severe = fixture.session(fixture.client("Jan Kowalski", "blood-thinners"),
                ClinicFixture.NOW.minusHours(2), "deep-tissue", 8);
        PageImage page = model.show(severe.id()).join();
        SheetContent sheet = model.sheetProperty().get();
        assertThat(sheet.outcome().warnings()).as("a severe soreness is warned about").isNotEmpty();

        Path out = dir.resolve("jan.pdf");
        fixture.dialogs.filesToSave.add(out);
        model.savePdf().join();

        byte[] saved = java.nio.file.Files.readAllBytes(out);
        try (PDDocument pdf = Loader.loadPDF(saved)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (var warning : sheet.outcome().warnings()) {
                assertThat(text).contains(warning.message());
            }
        }
        // every pixel of the preview is the saved file drawn at the preview's resolution
        PageImage drawnFromFile = SheetPages.image(saved, page.dpi());
        assertThat(drawnFromFile.width()).isEqualTo(page.width());
        assertThat(drawnFromFile.argb()).isEqualTo(page.argb());
        assertThat(java.util.Arrays.stream(page.argb()).filter(p -> p >>> 24 != 0xFF).count())
                .as("opaque").isZero();
    }

    @Test
    void aPreviewAskedWhileTheSheetsWarmUpIsDrawnWithoutWaitingForItAndTheWarmUpStepsAside() throws Exception {
        CountDownLatch sampleAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Boolean> warmed = fixture.pages.warmUp(fixture.tasks.lane(PreviewViewModel.WARM_UP_LANE), () -> {
            sampleAsked.countDown();
            release.await(60, TimeUnit.SECONDS); // the warm-up is under way when the person asks
            return fixture.sheets.forSession(session.id(), null);
        }, 96);
        try {
            assertThat(sampleAsked.await(30, TimeUnit.SECONDS)).isTrue();

            PageImage page = model.show(session.id()).get(30, TimeUnit.SECONDS);

            assertThat(page).isSameAs(model.pageProperty().get());
            assertThat(model.titleProperty().get()).startsWith("Zoë Łukasz-Müller");
            assertThat(warmed).as("the warm-up is still held").isNotDone();
        } finally {
            release.countDown();
        }
        assertThat(warmed.get(30, TimeUnit.SECONDS)).as("the warm-up drew no page after the preview").isFalse();
    }

    @Test
    void theWarmUpDrawsItsSampleWhenNoPreviewWasAsked() throws Exception {
        Boolean warmed = fixture.pages.warmUp(fixture.tasks.lane(PreviewViewModel.WARM_UP_LANE),
                () -> fixture.sheets.forSession(session.id(), null), 96).get(60, TimeUnit.SECONDS);

        assertThat(warmed).isTrue();
    }

    @Test
    void fileNamesKeepLettersOfAnyScript() {
        SheetContent sheet = fixture.sheets.forSession(session.id(), null);
        SheetContent chinese = new SheetContent(sheet.clinic(), null, "李小龍 / Bruce", sheet.date(), "", "",
                sheet.outcome(), sheet.rules());

        assertThat(PreviewViewModel.fileName(chinese)).isEqualTo("aftercare-李小龍-Bruce-2026-05-12.pdf");
    }
}
