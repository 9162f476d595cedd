package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.rules.InvalidInputException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a PDF so that a failure or a cancel leaves nothing behind: into a hidden file beside the
 * target, renamed to the target only when complete. An existing file is replaced only when asked.
 */
public final class PdfFile {

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfFile() {
    }

    /** Refuses (input "out") a target that exists without overwrite, or whose folder is missing or read-only. */
    public static Path checkTarget(Path target, boolean overwrite) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("out", target + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException("out", target + ": the folder " + folder + " cannot be written");
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException("out", target + " is a folder; give a file name such as sheet.pdf");
        }
        if (Files.exists(file) && !overwrite) {
            throw new InvalidInputException("out", target + " already exists; add --force to replace it");
        }
        return file;
    }

    public static void write(Path target, boolean overwrite, Body body) throws IOException {
        Path file = checkTarget(target, overwrite);
        // Not Files.createTempFile: its owner-only permissions would stay on the finished PDF.
        Path part = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            if (overwrite) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                // A plain move fails if the file appeared meanwhile; an atomic one might replace it.
                Files.move(part, file);
            }
        } catch (FileAlreadyExistsException raced) {
            throw new InvalidInputException("out", target + " already exists; add --force to replace it");
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
