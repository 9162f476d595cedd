package com.ublives.recovery.storage;

import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How H2 reaches the data folder: the JDBC URL names the database file as {@code rphex:} and its
 * absolute path in hexadecimal, and this file system turns it back into the path on disk. So no
 * folder name, whatever it holds ({@code ;}, {@code =}, a backslash), is ever read as URL text or
 * settings: the URL holds only hex digits. H2 appends suffixes such as {@code .mv.db} and
 * {@code .lock.db} to the name, and expects to find them again at the end of the names this file system
 * gives back; so a path's trailing suffixes (dots, lower-case letters and digits only) stay as they are.
 * They start with a dot, which ends the hex digits.
 * <p>
 * Public with a public constructor because H2 makes its paths by reflection.
 */
public final class HexPath extends FilePathWrapper {

    static final String SCHEME = "rphex";
    private static final HexFormat HEX = HexFormat.of();

    static {
        FilePath.register(new HexPath());
    }

    public HexPath() {
        // H2 creates one per path name
    }

    private static final Pattern SUFFIXES = Pattern.compile("(\\.[a-z0-9]+)+$");

    /** The name H2 is given for a path on disk; registers this file system on first use. */
    static String nameOf(String pathOnDisk) {
        Matcher suffixes = SUFFIXES.matcher(pathOnDisk);
        int end = suffixes.find() ? suffixes.start() : pathOnDisk.length();
        return SCHEME + ":" + HEX.formatHex(pathOnDisk.substring(0, end).getBytes(StandardCharsets.UTF_8))
                + pathOnDisk.substring(end);
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FilePathWrapper wrap(FilePath base) {
        return base == null ? null : getPath(nameOf(base.name));
    }

    @Override
    protected FilePath unwrap(String name) {
        String rest = name.substring(SCHEME.length() + 1);
        int end = 0;
        while (end < rest.length() && isHexDigit(rest.charAt(end))) {
            end++;
        }
        String path = new String(HEX.parseHex(rest, 0, end), StandardCharsets.UTF_8) + rest.substring(end);
        // "file:" keeps a folder whose name looks like another H2 scheme ("zip:", "memFS:") on disk
        return FilePath.get("file:" + path);
    }

    private static boolean isHexDigit(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }
}
