package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.rules.InvalidInputException;
import com.ublives.recovery.storage.SafeFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;

/**
 * Checks where a PDF may go (the command line's refusals) and writes it through {@link SafeFile},
 * so a failure or a cancel leaves nothing behind. An existing file is replaced only when asked.
 */
public final class PdfFile {

    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private PdfFile() {
    }

    /** Refuses (input "out") a target that is not a file, exists without overwrite, or whose folder is missing or read-only. */
    public static Path checkTarget(Path target, boolean overwrite) {
        try {
            return SafeFile.checkTarget(target, overwrite);
        } catch (SafeFile.TargetRefusedException refused) {
            throw new InvalidInputException("out", refused.phrase());
        }
    }

    public static void write(Path target, boolean overwrite, Body body) throws IOException {
        Path file = checkTarget(target, overwrite);
        try {
            SafeFile.write(file, overwrite, body::writeTo);
        } catch (FileAlreadyExistsException raced) {
            throw new InvalidInputException("out", Phrase.of("file.exists", target));
        }
    }
}
