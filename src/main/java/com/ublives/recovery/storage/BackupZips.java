package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** The database file inside a backup zip (as H2's BACKUP TO writes it): read its start, take it out, put one in. */
final class BackupZips {

    static final String ENTRY = Database.FILE_NAME + ".mv.db";
    /** What H2 writes at the start of a file it encrypts (FilePathEncrypt); an open file starts with "H:2,". */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private BackupZips() {
    }

    /** Whether a database file (recovery.mv.db) is encrypted; false when it does not exist. */
    static boolean encryptedFile(Path mvDb) {
        if (!Files.isRegularFile(mvDb)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(mvDb)) {
            return startsEncrypted(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean encryptedZip(Path zip) {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(entry(z, zip))) {
            return startsEncrypted(in);
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes the database out of the zip as {@code target} (a recovery.mv.db in a work folder). */
    static void extract(Path zip, Path target) {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(entry(z, zip))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StorageException(Phrase.of("failure.backup.unreadable", zip.getFileName(), com.ublives.recovery.i18n.FileTrouble.of(e)), e);
        }
    }

    /**
     * Gives the database in a zip BACKUP TO just wrote its usual name, recovery.mv.db. H2 names the entry
     * after the name it was given for the file, which {@link HexPath} makes the folder's path in hex: the
     * entry would carry the person's folder into every backup, and the backup would open only under that
     * name. A zip already holding recovery.mv.db is left as it is.
     */
    static void nameEntry(Path zip) throws IOException {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.getEntry(ENTRY) != null) {
                return;
            }
        }
        SafeFile.write(zip, true, out -> {
            try (ZipFile z = new ZipFile(zip.toFile())) {
                ZipEntry written = z.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                        .orElseThrow(() -> new com.ublives.recovery.i18n.PhrasedFileException(com.ublives.recovery.i18n.Phrase.of("failure.backup.noDatabase", zip.getFileName())));
                ZipOutputStream zipOut = new ZipOutputStream(out);
                zipOut.putNextEntry(new ZipEntry(ENTRY));
                try (InputStream in = z.getInputStream(written)) {
                    in.transferTo(zipOut);
                }
                zipOut.closeEntry();
                zipOut.finish();
            }
        });
    }

    /** Replaces the zip with one holding {@code mvDb}, through a part file: a failure leaves the old zip. */
    static void replace(Path zip, Path mvDb) throws IOException {
        SafeFile.write(zip, true, out -> {
            ZipOutputStream zipOut = new ZipOutputStream(out);
            zipOut.putNextEntry(new ZipEntry(ENTRY));
            Files.copy(mvDb, zipOut);
            zipOut.closeEntry();
            zipOut.finish();
        });
    }

    private static ZipEntry entry(ZipFile z, Path zip) throws IOException {
        ZipEntry e = z.getEntry(ENTRY);
        if (e == null) {
            throw new com.ublives.recovery.i18n.PhrasedFileException(com.ublives.recovery.i18n.Phrase.of("failure.backup.noDatabase", zip.getFileName()));
        }
        return e;
    }

    private static boolean startsEncrypted(InputStream in) throws IOException {
        return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
    }
}
