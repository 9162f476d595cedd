package com.ublives.recovery.journal.screen;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes an export so that a failure leaves no half file: into a hidden file beside the target,
 * moved onto the target only when complete. An existing file is replaced only when the caller says so.
 */
final class ExportFile {

    @FunctionalInterface
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private ExportFile() {
    }

    static void write(Path target, boolean replace, Body body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        // Beside the target, not in the temp folder: a move within one folder cannot stop half way.
        Path part = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            if (replace) {
                try {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // A plain move fails if the file appeared meanwhile, where an atomic one might replace it.
                Files.move(part, file);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
