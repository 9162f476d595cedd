package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.PhrasedIOException;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.clinic.sheet.Unprintable;
import com.ublives.recovery.ui.BackgroundTasks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A sheet as the preview and the printer see it: the very PDF that Save writes, drawn to pixels by
 * PDFBox, so what is previewed and printed is what is saved. Slow: call it off the FX thread.
 */
public final class SheetPages {

    /**
     * The preview shows a page at its size on paper at this many pixels an inch of the window (JavaFX's 96),
     * so it is drawn at this times the screen's scale: sharp, and no pixel more. (It was drawn at 144 DPI
     * whatever the screen: 2.25 times the pixels to make, copy and upload on a screen at 100 %.)
     */
    public static final float SCREEN_DPI = 96;
    /** Plenty for text on paper, and about 15 MB of pixels for one A4 page. */
    public static final float PRINT_DPI = 200;

    private final Supplier<SheetRenderer> make;
    private SheetRenderer renderer;
    // a preview asked for: it warms the renderer itself, so a warm-up stops (even mid-page) to leave it the cores
    private volatile boolean asked;

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
        asked = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Unprintable leftOut = render(sheet, out);
        return new Page(image(out.toByteArray(), dpi), leftOut);
    }

    /** The DPI a preview is drawn at on a screen of this scale (1 at 100 %, 2 on a HiDPI screen at 200 %). */
    public static float previewDpi(double screenScale) {
        return (float) (SCREEN_DPI * Math.max(1, Math.min(4, screenScale)));
    }

    /**
     * Loads the font, PDFBox's drawing and its first-use tables before the first preview, so that preview does
     * not pay for them: a sample sheet made into a PDF and drawn, thrown away. It runs on a lane of its own, not
     * the previews' (a preview asked meanwhile does not wait for it), in three steps: the font, the PDF, its page.
     * Once a preview is asked for it stops, in the middle of drawing the page if need be: the preview warms the
     * renderer itself and should have the cores. A failure is not said: the preview will say it. Completes with
     * whether it drew its sample.
     */
    public CompletableFuture<Boolean> warmUp(BackgroundTasks lane, Callable<SheetContent> sample, float dpi) {
        CompletableFuture<Boolean> warmed = new CompletableFuture<>();
        Consumer<Throwable> never = failure -> warmed.complete(false);
        lane.run(() -> asked ? null : renderer(), font -> {
            if (font == null) {
                warmed.complete(false);
                return;
            }
            lane.run(() -> asked ? null : pdf(sample.call()), pdf -> {
                if (pdf == null) {
                    warmed.complete(false);
                    return;
                }
                lane.run(() -> asked ? null : image(pdf, dpi, () -> asked), image -> warmed.complete(image != null), never);
            }, never);
        }, never);
        return warmed;
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
        return image(pdf, dpi, () -> false);
    }

    /** The page drawn, or null when stop says so before it is done (checked between the page's drawing operators). */
    static PageImage image(byte[] pdf, float dpi, BooleanSupplier stop) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page;
            try {
                page = new StoppableRenderer(document, stop).renderImageWithDPI(0, dpi, ImageType.RGB);
            } catch (Stopped stopped) {
                return null;
            }
            int[] argb;
            if (page.getType() == BufferedImage.TYPE_INT_RGB) {
                // The image's own pixels (0x00RRGGBB, one int each) made opaque in place: what getRGB gives,
                // without a second copy of a million pixels.
                argb = ((DataBufferInt) page.getRaster().getDataBuffer()).getData();
                for (int i = 0; i < argb.length; i++) {
                    argb[i] |= 0xFF000000;
                }
            } else {
                argb = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            }
            return new PageImage(page.getWidth(), page.getHeight(), argb, dpi);
        } catch (IOException e) {
            throw new PhrasedIOException(Phrase.of("sheet.notDrawn", com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }

    /** PDFBox's renderer, asking stop before each drawing operator (PDFBox passes IOExceptions through). */
    private static final class StoppableRenderer extends PDFRenderer {
        private final BooleanSupplier stop;

        StoppableRenderer(PDDocument document, BooleanSupplier stop) {
            super(document);
            this.stop = stop;
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            return new PageDrawer(parameters) {
                @Override
                protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                    if (stop.getAsBoolean()) {
                        throw new Stopped();
                    }
                    super.processOperator(operator, operands);
                }
            };
        }
    }

    private static final class Stopped extends IOException {
        Stopped() {
            super("stopped", null);
        }
    }
}
