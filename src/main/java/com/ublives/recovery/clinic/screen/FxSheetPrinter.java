package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.ui.DialogService;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import java.util.Optional;

/**
 * Prints sheets through a JavaFX {@link PrinterJob}: the page drawn from the PDF, scaled to the
 * printable area. Pages are printed off the FX thread (the nodes are never in a live scene).
 */
public final class FxSheetPrinter implements SheetPrinter {

    private final DialogService dialogs;

    public FxSheetPrinter(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public Optional<Run> begin(Paper paper, String jobName) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            throw new com.ublives.recovery.i18n.PhrasedStateException(com.ublives.recovery.i18n.Phrase.of("sheet.noPrinter"));
        }
        job.getJobSettings().setJobName(jobName);
        Printer printer = job.getPrinter();
        javafx.print.Paper fxPaper = paper == Paper.LETTER ? javafx.print.Paper.NA_LETTER : javafx.print.Paper.A4;
        job.getJobSettings().setPageLayout(printer.createPageLayout(fxPaper, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM));
        if (!dialogs.showPrintDialog(job)) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new FxRun(job));
    }

    private static final class FxRun implements Run {
        private final PrinterJob job;

        FxRun(PrinterJob job) {
            this.job = job;
        }

        @Override
        public float dpi() {
            return SheetPages.PRINT_DPI;
        }

        @Override
        public void page(PageImage page) {
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                    page.argb(), 0, page.width());
            // The sheet has its own margins; fit it into what the printer can reach, keeping its shape.
            PageLayout layout = job.getJobSettings().getPageLayout();
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(view)) {
                throw new com.ublives.recovery.i18n.PhrasedStateException(com.ublives.recovery.i18n.Phrase.of("sheet.pageRefused"));
            }
        }

        @Override
        public boolean end() {
            return job.endJob();
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
