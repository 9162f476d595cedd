package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Writes a file (sheet, export) so that a failure or a cancel leaves no half file and never harms
 * the file that was there: into a hidden part file beside the target, moved onto it only when
 * complete. Without {@code replace} the move fails with FileAlreadyExistsException if the file
 * appeared meanwhile, so nothing is ever replaced unasked. A symbolic link is written through: the
 * file it points to gets the content and the link stays. A device or special file (/dev/null,
 * /dev/stdout, a pipe) is refused, since a file moved over it would replace the device's name.
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

    /** A target that is not a file that can be written: a device, a folder, a loop of links. */
    public static final class NotAFileException extends IOException implements Phrased {
        private final transient Phrase phrase;

        NotAFileException(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    /**
     * A target refused before anything is written (see {@link #checkTarget}); the message is one sentence
     * naming the target and what is wrong. Callers tell it as bad input for their own option ("--out").
     */
    public static final class TargetRefusedException extends RuntimeException implements Phrased {
        private final transient Phrase phrase;

        TargetRefusedException(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    private static final int MAX_LINKS = 40;
    /** How long a part file must have been left unchanged before a missing writer's part is removed. */
    static final Duration LEFTOVER_AGE = Duration.ofMinutes(10);
    private static final List<Path> SPECIAL = List.of(Path.of("/dev"), Path.of("/proc"), Path.of("/sys"));

    private SafeFile() {
    }

    /**
     * Where a write to target lands: the target itself, or at the end of its symbolic links the file they
     * point to (which need not exist yet). Refused when that is a folder or a device or special file.
     */
    public static Path resolve(Path target) throws NotAFileException {
        Path file = target.toAbsolutePath().normalize();
        for (int links = 0; Files.isSymbolicLink(file); links++) {
            refuseSpecial(target, file);
            if (links == MAX_LINKS) {
                throw new NotAFileException(Phrase.of("file.loop", target));
            }
            try {
                file = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
            } catch (IOException unreadable) {
                throw new NotAFileException(Phrase.of("file.brokenLink", target));
            }
        }
        refuseSpecial(target, file);
        if (Files.isDirectory(file)) {
            throw new NotAFileException(Phrase.of("file.folder", target));
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new NotAFileException(Phrase.of("file.special", target));
        }
        return file;
    }

    private static void refuseSpecial(Path target, Path file) throws NotAFileException {
        for (Path special : SPECIAL) {
            if (file.startsWith(special)) {
                throw new NotAFileException(Phrase.of("file.special", target));
            }
        }
    }

    /**
     * The refusals before anything is written: not a file (see {@link #resolve}), a missing or read-only
     * folder, or a file that exists without {@code replace}. Returns the file a write will land in.
     */
    public static Path checkTarget(Path target, boolean replace) {
        Path file;
        try {
            file = resolve(target);
        } catch (NotAFileException e) {
            throw new TargetRefusedException(e.phrase());
        }
        Path folder = file.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new TargetRefusedException(Phrase.of("file.noFolder", target, folder));
        }
        if (!Files.isWritable(folder)) {
            throw new TargetRefusedException(Phrase.of("file.readOnlyFolder", target, folder));
        }
        if (Files.exists(file) && !replace) {
            throw new TargetRefusedException(Phrase.of("file.exists", target));
        }
        return file;
    }

    public static void write(Path target, boolean replace, Body body) throws IOException {
        Path file = resolve(target);
        // Beside the target, not in the temp folder: a move within one folder cannot stop half way,
        // and Files.createTempFile's owner-only permissions would stay on the finished file.
        sweepLeftovers(file);
        Path part = file.resolveSibling(partPrefix(file) + ProcessHandle.current().pid() + "-" + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                body.writeTo(out);
            }
            keepPermissions(file, part);
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

    /** Part files of this target are named ".NAME.PID-UUID.part": the writer's process, so a leftover can be told. */
    private static String partPrefix(Path file) {
        return "." + file.getFileName() + ".";
    }

    /**
     * Removes the part files of this target that a writer killed mid-write left behind (kill -9, a power cut):
     * those whose process is gone and that have not changed for a while. A part of a live writer, on this
     * computer or (by its recent change) on another one sharing the folder, is left alone.
     */
    static void sweepLeftovers(Path file) {
        String prefix = partPrefix(file);
        Instant quietSince = Instant.now().minus(LEFTOVER_AGE);
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(file.getParent(), p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".part");
        })) {
            for (Path part : parts) {
                String rest = part.getFileName().toString().substring(prefix.length());
                int dash = rest.indexOf('-');
                Long pid = dash > 0 && rest.substring(0, dash).chars().allMatch(Character::isDigit)
                        ? Long.valueOf(rest.substring(0, dash)) : null;
                boolean writerGone = pid == null || ProcessHandle.of(pid).isEmpty();
                if (writerGone && Files.getLastModifiedTime(part).toInstant().isBefore(quietSince)) {
                    Files.deleteIfExists(part);
                }
            }
        } catch (IOException | RuntimeException leftAsItIs) {
            // only tidying: a folder that cannot be listed fails the write itself, with its own message
        }
    }

    /** A replaced file keeps who may read it: a private export stays private. */
    private static void keepPermissions(Path file, Path part) throws IOException {
        if (Files.exists(file) && Files.getFileStore(part).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(part, Files.getPosixFilePermissions(file));
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
