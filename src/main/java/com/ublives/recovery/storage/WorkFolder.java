package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A hidden folder inside the data folder for a file being prepared (taken out of a backup,
 * re-encrypted): on the same disk, so the finished file moves into place in one step, and never in the
 * system's temp folder, where a copy of the data would outlive the work.
 */
final class WorkFolder {

    private WorkFolder() {
    }

    static Path create(Path dataDir, String purpose) {
        try {
            Files.createDirectories(dataDir);
            return Files.createTempDirectory(dataDir, "." + purpose + "-");
        } catch (IOException e) {
            throw new StorageException(Phrase.of("failure.storage.workFolder", dataDir, com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }

    static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left behind is a hidden folder holding a copy of data that is in place anyway
        }
    }
}
