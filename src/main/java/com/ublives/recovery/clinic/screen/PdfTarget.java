package com.ublives.recovery.clinic.screen;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a PDF into a hidden part file beside the target and renames it only when complete, so a
 * failure or a cancel leaves no half-written file and never harms the file that was there.
 */
final class PdfTarget {

    @FunctionalInterface
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfTarget() {
    }

    /** Writes the file; replace says the person agreed to replace an existing one. */
    static void write(Path target, boolean replace, Body body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path part = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            if (replace) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // Fails if the file appeared since the person chose the name: never replace unasked.
                Files.move(part, file);
            }
        } catch (FileAlreadyExistsException appeared) {
            throw new IOException(file.getFileName() + " appeared meanwhile and was left as it is", appeared);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
