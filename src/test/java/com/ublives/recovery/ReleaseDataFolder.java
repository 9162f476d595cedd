package com.ublives.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The data folder made by the release at commit 1ae0bf3 (before clinic sessions left the journal), unpacked
 * for a test. What it holds, and how it was made: src/test/resources/migration/data-folder-1ae0bf3.txt.
 */
public final class ReleaseDataFolder {

    private ReleaseDataFolder() {
    }

    /** Unpacks the folder into dir (created if needed) and returns dir. */
    public static Path unpack(Path dir) {
        try (InputStream zip = ReleaseDataFolder.class.getResourceAsStream("/migration/data-folder-1ae0bf3.zip");
             ZipInputStream in = new ZipInputStream(zip)) {
            Files.createDirectories(dir);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, dir.resolve(entry.getName()));
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
