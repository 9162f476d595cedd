package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.PhrasedIOException;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.clinic.sheet.Unprintable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * A sheet as the preview and the printer see it: the very PDF that Save writes, drawn to pixels by
 * PDFBox, so what is previewed and printed is what is saved. Slow: call it off the FX thread.
 */
public final class SheetPages {

    /** Sharp on screen at any zoom up to about 150%. */
    public static final float PREVIEW_DPI = 144;
    /** Plenty for text on paper, and about 15 MB of pixels for one A4 page. */
    public static final float PRINT_DPI = 200;

    private final Supplier<SheetRenderer> make;
    private SheetRenderer renderer;

    public SheetPages(SheetRenderer renderer) {
        this(() -> renderer);
    }

    private SheetPages(Supplier<SheetRenderer> make) {
        this.make = make;
    }

    /** Reads the sheet font (a few MB) on first use, which is off the FX thread, not at start-up. */
    public static SheetPages lazy(Clock clock) {
        return new SheetPages(() -> new SheetRenderer(SheetFont.load(), clock));
    }

    public synchronized SheetRenderer renderer() {
        if (renderer == null) {
            renderer = make.get();
        }
        return renderer;
    }

    /** A sheet's page as pixels, and the characters it left out because no bundled font has them. */
    public record Page(PageImage image, Unprintable leftOut) {
    }

    public byte[] pdf(SheetContent sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        render(sheet, out);
        return out.toByteArray();
    }

    public Page page(SheetContent sheet, float dpi) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Unprintable leftOut = render(sheet, out);
        return new Page(image(out.toByteArray(), dpi), leftOut);
    }

    public PageImage image(SheetContent sheet, float dpi) {
        return image(pdf(sheet), dpi);
    }

    private Unprintable render(SheetContent sheet, ByteArrayOutputStream out) {
        try {
            return renderer().render(sheet, out);
        } catch (IOException e) {
            throw new PhrasedIOException(Phrase.of("sheet.notMade", com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }

    public static PageImage image(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
            int w = page.getWidth();
            int h = page.getHeight();
            return new PageImage(w, h, page.getRGB(0, 0, w, h, null, 0, w));
        } catch (IOException e) {
            throw new PhrasedIOException(Phrase.of("sheet.notDrawn", com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }
}
