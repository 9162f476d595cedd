package com.ublives.recovery.clinic.sheet;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Reads a PDF with poppler's command-line tools (Debian package poppler-utils), a reader that shares
 * no code with PDFBox: pdftotext for the text a person would copy, pdftoppm for the pixels they see.
 */
final class Poppler {

    private Poppler() {
    }

    /** The text of the first page, with bidi embedding marks removed and white space folded. */
    static String text(Path pdf) {
        String text = run(List.of("pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", pdf.toString(), "-"));
        // pdftotext wraps right-to-left words in embedding marks (U+202A..U+202E); they are not text.
        return text.replaceAll("[\\u202A-\\u202E\\u2066-\\u2069]", "").replaceAll("\\s+", " ");
    }

    /** A rectangle of the first page (in points from the top left) drawn at the given resolution. */
    static BufferedImage image(Path pdf, float x, float y, float width, float height, int dpi) {
        try {
            Path prefix = Files.createTempFile(pdf.getParent(), "page", "");
            float scale = dpi / 72f;
            run(List.of("pdftoppm", "-r", String.valueOf(dpi), "-f", "1", "-l", "1", "-singlefile", "-png",
                    "-x", String.valueOf(Math.round(x * scale)), "-y", String.valueOf(Math.round(y * scale)),
                    "-W", String.valueOf(Math.round(width * scale)), "-H", String.valueOf(Math.round(height * scale)),
                    pdf.toString(), prefix.toString()));
            return ImageIO.read(Path.of(prefix + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String run(List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + new String(out, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(command.get(0) + " is needed by this test: install poppler-utils ("
                    + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
