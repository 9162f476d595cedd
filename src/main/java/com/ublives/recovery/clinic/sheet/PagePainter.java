package com.ublives.recovery.clinic.sheet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

import java.io.IOException;

/**
 * Draws a laid-out page into a document with the document's font and logo objects, so a batch of many
 * pages refers to them instead of copying them per page. Flips the layout's top-down y.
 */
final class PagePainter {

    /** Control-point distance for a quarter circle drawn with one Bézier curve. */
    private static final float KAPPA = 0.5523f;

    private final PDDocument document;
    private final SheetFont font;
    private final PdfFonts fonts;

    PagePainter(PDDocument document, SheetFont font, PdfFonts fonts) {
        this.document = document;
        this.font = font;
        this.fonts = fonts;
    }

    void paint(SheetLayout.Page page, PDImageXObject logo) throws IOException {
        float height = page.paper().height();
        PDPage pdPage = new PDPage(new PDRectangle(page.paper().width(), height));
        document.addPage(pdPage);
        try (PDPageContentStream out = new PDPageContentStream(document, pdPage)) {
            for (Drawing.Mark mark : page.drawing().marks()) {
                if (mark instanceof Drawing.Box box) {
                    box(out, box, height);
                } else if (mark instanceof Drawing.Rule rule) {
                    out.setStrokingColor(rule.color());
                    out.setLineWidth(rule.lineWidth());
                    out.moveTo(rule.x1(), height - rule.y1());
                    out.lineTo(rule.x2(), height - rule.y2());
                    out.stroke();
                } else if (mark instanceof Drawing.Logo place) {
                    if (logo != null) {
                        out.drawImage(logo, place.x(), height - place.y() - place.height(), place.width(), place.height());
                    }
                } else if (mark instanceof Drawing.Text text) {
                    text(out, pdPage, text, height);
                }
            }
        }
    }

    private void text(PDPageContentStream out, PDPage page, Drawing.Text text, float height) throws IOException {
        if (text.text().isEmpty()) {
            return;
        }
        out.beginText();
        out.setNonStrokingColor(text.color());
        if (text.bold()) {
            // The font has no bold face: outlining the glyphs in their own colour thickens them
            // while the text stays text (selectable and searchable).
            out.setRenderingMode(RenderingMode.FILL_STROKE);
            out.setStrokingColor(text.color());
            out.setLineWidth(text.size() * 0.035f);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        fonts.show(out, page.getResources(), font.line(text.text()), text.x(), height - text.y(), text.size());
        out.endText();
    }

    private static void box(PDPageContentStream out, Drawing.Box box, float height) throws IOException {
        if (box.fill() == null && box.stroke() == null) {
            return;
        }
        float x = box.x();
        float y = height - box.y() - box.height();
        float r = Math.min(box.radius(), Math.min(box.width(), box.height()) / 2);
        if (r <= 0) {
            out.addRect(x, y, box.width(), box.height());
        } else {
            roundRect(out, x, y, box.width(), box.height(), r);
        }
        if (box.fill() != null) {
            out.setNonStrokingColor(box.fill());
        }
        if (box.stroke() != null) {
            out.setStrokingColor(box.stroke());
            out.setLineWidth(box.lineWidth());
        }
        if (box.fill() != null && box.stroke() != null) {
            out.fillAndStroke();
        } else if (box.fill() != null) {
            out.fill();
        } else {
            out.stroke();
        }
    }

    private static void roundRect(PDPageContentStream out, float x, float y, float w, float h, float r) throws IOException {
        float k = r * KAPPA;
        out.moveTo(x + r, y);
        out.lineTo(x + w - r, y);
        out.curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        out.lineTo(x + w, y + h - r);
        out.curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        out.lineTo(x + r, y + h);
        out.curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        out.lineTo(x, y + r);
        out.curveTo(x, y + r - k, x + r - k, y, x + r, y);
        out.closePath();
    }
}
