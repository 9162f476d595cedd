package com.ublives.recovery.storage;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A file only its owner may read and write (POSIX rw-------), for a secret such as a remembered server
 * password. The permissions are given when the file is created, never set afterwards: a file created
 * with the usual permissions and narrowed later could be opened by another user in between. On a file
 * system without POSIX permissions nothing is written: there is no way to keep the file private there.
 */
public final class OwnerOnlyFile {

    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    /** The file system of this folder cannot make a file private to its owner; nothing was written. */
    public static final class NotPrivateException extends IOException implements com.ublives.recovery.i18n.Phrased {
        private final transient com.ublives.recovery.i18n.Phrase phrase;

        NotPrivateException(Path folder) {
            this(com.ublives.recovery.i18n.Phrase.of("failure.storage.notPrivate", folder));
        }

        private NotPrivateException(com.ublives.recovery.i18n.Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public com.ublives.recovery.i18n.Phrase phrase() {
            return phrase;
        }
    }

    private OwnerOnlyFile() {
    }

    /** Whether a file in this folder can be made readable only by its owner. */
    public static boolean supported(Path folder) {
        try {
            return Files.getFileStore(existing(folder)).supportsFileAttributeView(PosixFileAttributeView.class)
                    && folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        } catch (IOException e) {
            return folder.getFileSystem().supportedFileAttributeViews().contains("posix");
        }
    }

    private static Path existing(Path folder) {
        Path p = folder.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? folder : p;
    }

    /**
     * Writes the bytes whole: into a new owner-only file beside the target, moved onto it when complete, so
     * the file is never readable by others, not even for a moment, and never half written.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (!supported(folder)) {
            throw new NotPrivateException(folder);
        }
        Files.createDirectories(folder);
        FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
        Path part = Files.createTempFile(folder, "." + file.getFileName(), ".part", ownerOnly);
        try {
            Files.write(part, content);
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
