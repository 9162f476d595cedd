package com.ublives.recovery.clinic.sheet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A rendered PDF read back the way a person's PDF viewer would: its pages, sizes and text. */
record PdfText(int pages, List<PDRectangle> sizes, List<String> pageTexts, List<float[]> glyphBoxes) {

    static PdfText read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDRectangle> sizes = new ArrayList<>();
            document.getPages().forEach(p -> sizes.add(p.getMediaBox()));
            List<float[]> boxes = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        boxes.add(new float[] {p.getXDirAdj(), p.getYDirAdj() - p.getHeightDir(),
                                p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj(), p.getPageWidth(), p.getPageHeight()});
                    }
                    super.writeString(text, positions);
                }
            };
            List<String> texts = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            return new PdfText(document.getNumberOfPages(), sizes, texts, boxes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole text with every run of white space as one space, so wrapped lines read as one. */
    String flat() {
        return flat(0, pages);
    }

    String page(int index) {
        return flat(index, index + 1);
    }

    private String flat(int from, int to) {
        return String.join(" ", pageTexts.subList(from, to)).replaceAll("\\s+", " ");
    }
}
