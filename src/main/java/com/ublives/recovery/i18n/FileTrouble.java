package com.ublives.recovery.i18n;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * What went wrong with a file, for a person: Java's own text names its exception class
 * ("java.nio.file.AccessDeniedException: /home/…") and the system's reason is English. The kinds a person
 * can act on are named (no permission, missing, full disk, read-only); anything else says which file.
 */
public final class FileTrouble {

    private FileTrouble() {
    }

    public static Phrase of(IOException e) {
        if (e instanceof Phrased told) {
            return told.phrase();
        }
        if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
            return Phrase.of("file.trouble.unnamed");
        }
        String file = fs.getFile();
        if (e instanceof AccessDeniedException) {
            return Phrase.of("file.trouble.denied", file);
        }
        if (e instanceof NoSuchFileException) {
            return Phrase.of("file.trouble.missing", file);
        }
        if (e instanceof FileAlreadyExistsException) {
            return Phrase.of("file.trouble.exists", file);
        }
        if (e instanceof NotDirectoryException) {
            return Phrase.of("file.trouble.notFolder", file);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return Phrase.of("file.trouble.notEmpty", file);
        }
        // the system's reason (strerror) is English whatever the language; only its kind is used
        String reason = fs.getReason() == null ? "" : fs.getReason().toLowerCase(Locale.ROOT);
        if (reason.contains("read-only")) {
            return Phrase.of("file.trouble.readOnly", file);
        }
        if (reason.contains("no space") || reason.contains("quota")) {
            return Phrase.of("file.trouble.full", file);
        }
        return Phrase.of("file.trouble.other", file);
    }
}
