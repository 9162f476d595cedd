package com.ublives.recovery.storage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file (sheet, export) so that a failure or a cancel leaves no half file and never harms
 * the file that was there: into a hidden part file beside the target, moved onto it only when
 * complete. Without {@code replace} the move fails with FileAlreadyExistsException if the file
 * appeared meanwhile, so nothing is ever replaced unasked.
 */
public final class SafeFile {

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    @FunctionalInterface
    public interface TextBody {
        void writeTo(Writer out) throws IOException;
    }

    private SafeFile() {
    }

    public static void write(Path target, boolean replace, Body body) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        // Beside the target, not in the temp folder: a move within one folder cannot stop half way,
        // and Files.createTempFile's owner-only permissions would stay on the finished file.
        Path part = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            if (replace) {
                try {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // a plain move fails if the file appeared meanwhile, where an atomic one might replace it
                Files.move(part, file);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The same for text, in UTF-8. */
    public static void writeText(Path target, boolean replace, TextBody body) throws IOException {
        write(target, replace, out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.writeTo(text);
            text.flush();
        });
    }
}
