package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.clinic.Paper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.imageio.ImageIO;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Renders the sample sheet to PDF and to PNG (docs/screenshot-sheet.png) to look at the layout:
 * (arguments: pdf png a4|letter [long]; "long" lays out a sheet with overlong texts; the sample sheet
 * has names and clinic details in several scripts)
 * mvn -q -Pbench test-compile exec:java -Dbench.main=com.ublives.recovery.clinic.sheet.SheetPreview
 */
public final class SheetPreview {

    public static void main(String[] args) throws Exception {
        Path pdf = Path.of(args.length > 0 ? args[0] : "target/sheet-preview.pdf");
        Path png = Path.of(args.length > 1 ? args[1] : "docs/screenshot-sheet.png");
        Paper paper = args.length > 2 ? Paper.fromId(args[2]) : Paper.A4;
        SheetRenderer renderer = new SheetRenderer(SheetFont.load(),
                Clock.fixed(Instant.parse("2026-05-12T16:00:00Z"), ZoneOffset.UTC));
        Files.createDirectories(pdf.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(pdf)) {
            boolean stress = args.length > 3 && args[3].equals("long");
            renderer.render(stress ? SheetFixtures.wordy(paper) : SheetFixtures.multilingual(paper), out);
        }
        Files.createDirectories(png.toAbsolutePath().getParent());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110, ImageType.RGB), "png", png.toFile());
        }
        System.out.println("wrote " + pdf + " and " + png);
    }
}
