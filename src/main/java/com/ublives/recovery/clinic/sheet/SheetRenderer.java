package com.ublives.recovery.clinic.sheet;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Turns aftercare sheets into PDF: one sheet, or a batch with a page per sheet. A batch keeps its
 * page streams in a temporary file and shares one font and one image per logo across its pages, so
 * memory stays flat however many sheets it holds. Safe to share: renders one document at a time.
 */
public final class SheetRenderer {

    private final SheetFont font;
    private final SheetLayout layout;
    private final Clock clock;
    private final PrintLogo printLogo = new PrintLogo();

    public SheetRenderer(SheetFont font, Clock clock) {
        this.font = font;
        this.layout = new SheetLayout(font);
        this.clock = clock;
    }

    /** Writes the sheet as a one-page PDF; returns the characters that had to be left out (usually none). */
    public Unprintable render(SheetContent sheet, OutputStream out) throws IOException {
        return renderBatch(List.of(sheet), out, SheetProgress.NONE, () -> false);
    }

    /**
     * Writes every sheet as a page of one PDF, and returns the characters that no bundled font has and
     * that were left out, for the caller to tell the person. Stops with a
     * {@link CancellationException} (and writes nothing) as soon as cancelled says so between two pages.
     */
    public Unprintable renderBatch(List<SheetContent> sheets, OutputStream out, SheetProgress progress, BooleanSupplier cancelled)
            throws IOException {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("There are no sheets to print");
        }
        LocalDate printedOn = LocalDate.now(clock);
        RandomAccessStreamCache.StreamCacheCreateFunction cache = sheets.size() > 1
                ? IOUtils.createTempFileOnlyStreamCache() : IOUtils.createMemoryOnlyStreamCache();
        synchronized (font.lock()) {
            try (PDDocument document = new PDDocument(cache)) {
                describe(document, sheets);
                PdfFonts fonts = new PdfFonts(document, font.faces());
                PagePainter painter = new PagePainter(document, font, fonts);
                Map<byte[], PDImageXObject> logos = new IdentityHashMap<>();
                Set<String> leftOut = new LinkedHashSet<>();
                int done = 0;
                for (SheetContent sheet : sheets) {
                    if (cancelled.getAsBoolean()) {
                        throw new SheetsCancelledException(done, sheets.size());
                    }
                    PDImageXObject logo = logo(document, sheet, logos);
                    float aspect = logo == null ? 0 : (float) logo.getWidth() / logo.getHeight();
                    SheetLayout.Page page = layout.layout(sheet, aspect, printedOn);
                    leftOut.addAll(page.leftOut());
                    painter.paint(page, logo);
                    progress.pageDone(++done, sheets.size());
                }
                fonts.finish();
                document.save(out);
                return new Unprintable(List.copyOf(leftOut));
            }
        }
    }

    /**
     * Writes a recovery's summary as a one-page PDF with the sheet's fonts and painter; returns the characters
     * no bundled font has, which were left out.
     */
    public Unprintable renderSummary(SummaryContent summary, OutputStream out) throws IOException {
        synchronized (font.lock()) {
            try (PDDocument document = new PDDocument(IOUtils.createMemoryOnlyStreamCache())) {
                PDDocumentInformation info = document.getDocumentInformation();
                info.setTitle(summary.title());
                info.setCreator("Recovery Planner");
                document.getDocumentCatalog().setLanguage(summary.language());
                PdfFonts fonts = new PdfFonts(document, font.faces());
                SheetLayout.Page page = new SummaryLayout(font).layout(summary);
                new PagePainter(document, font, fonts).paint(page, null);
                fonts.finish();
                document.save(out);
                return new Unprintable(List.copyOf(page.leftOut()));
            }
        }
    }

    private static void describe(PDDocument document, List<SheetContent> sheets) {
        PDDocumentInformation info = document.getDocumentInformation();
        SheetContent first = sheets.get(0);
        Words words = Words.load(first.language());
        info.setTitle(sheets.size() == 1 ? words.get("document.title", first.clientName())
                : words.get("document.titles", sheets.size()));
        info.setAuthor(first.clinic().name());
        info.setCreator("Recovery Planner");
        // the first sheet's language: a batch of sheets for clients who read different languages is mixed
        document.getDocumentCatalog().setLanguage(first.language().code());
    }

    /** The logo's image object, made once per distinct logo in a document; none when it cannot be read. */
    private PDImageXObject logo(PDDocument document, SheetContent sheet, Map<byte[], PDImageXObject> logos) {
        byte[] bytes = sheet.clinic().logo();
        byte[] printable = bytes == null ? null : printLogo.of(bytes);
        if (printable == null) {
            return null;
        }
        return logos.computeIfAbsent(printable, key -> {
            try {
                return PDImageXObject.createFromByteArray(document, printable, "logo");
            } catch (IOException | IllegalArgumentException unreadable) {
                // The logo was checked when it was saved; a sheet without it still helps the client.
                return null;
            }
        });
    }
}
