package com.ublives.recovery.settings;

import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.OwnerOnlyFile;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.SettingsFile;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where this desk's data is: this computer's data folder or a clinic server. It picks the database, so it
 * is read before any is opened and kept with the person's settings in the data folder's settings.properties
 * (server address and user; never the password), not in a database. The password is kept only when the
 * person asks, in a file of its own that only they can read, and only for the server and user it was typed
 * for. Every method is file work: off the JavaFX thread.
 */
public final class PlaceSettings {

    public static final String LOCATION = "data.location";
    public static final String SERVER_URL = "data.server.url";
    public static final String SERVER_USER = "data.server.user";
    public static final String PASSWORD_FILE = "server-password";
    private static final String FOLDER = "folder";
    private static final String SERVER = "server";

    /** What settings.properties says: the server is used when {@code onServer}; url and user stay remembered either way. */
    public record Chosen(boolean onServer, String url, String user) {
    }

    /** What became of the password when the server was chosen. */
    public enum Remembered {
        /** Kept in the owner-only file. */
        REMEMBERED,
        /** Not asked to be kept; any kept before is deleted. */
        NOT_KEPT,
        /** Asked to be kept, but this file system cannot keep a file private: nothing was written. */
        NOT_SAFE
    }

    private final Path dir;

    public PlaceSettings(Path dir) {
        this.dir = dir;
    }

    public Path folder() {
        return dir;
    }

    public Path passwordFile() {
        return dir.resolve(PASSWORD_FILE);
    }

    public Chosen chosen() {
        SettingsFile.Contents file = SettingsFile.read(dir);
        String url = blankToNull(file.get(SERVER_URL));
        boolean server = SERVER.equals(file.get(LOCATION)) && url != null && ServerAddress.problemWith(url, "") == null;
        return new Chosen(server, url, blankToNull(file.get(SERVER_USER)));
    }

    /** Where the data is now: the folder, or the chosen server with its remembered password (if any). */
    public DataLocation location() {
        Chosen chosen = chosen();
        if (!chosen.onServer()) {
            return DataLocation.folder(dir);
        }
        return DataLocation.server(ServerAddress.of(chosen.url(), chosen.user(), password(chosen.url(), chosen.user())));
    }

    /** The password remembered for exactly this server and user; null when none is. The caller clears it. */
    public char[] password(String url, String user) {
        Path file = passwordFile();
        if (url == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            Properties p = new Properties();
            p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
            String password = p.getProperty("password");
            boolean same = url.strip().equals(p.getProperty("url")) && nullToEmpty(user).equals(p.getProperty("user", ""));
            return same && password != null ? password.toCharArray() : null;
        } catch (IOException | IllegalArgumentException unreadable) {
            return null; // asked for again, as if none were kept
        }
    }

    /** This computer's data folder from now on; the server's address stays remembered for another time. */
    public void chooseFolder() {
        write(Map.of(LOCATION, FOLDER));
    }

    /**
     * The server from now on: address and user in settings.properties; the password in its own file when
     * {@code remember}, else any kept before is deleted.
     */
    public Remembered chooseServer(ServerAddress server, char[] password, boolean remember) {
        Remembered remembered;
        try {
            remembered = remember && password != null && password.length > 0
                    ? keep(server, password) : forget();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LOCATION, SERVER);
        values.put(SERVER_URL, server.url());
        values.put(SERVER_USER, server.user());
        write(values);
        return remembered;
    }

    private Remembered keep(ServerAddress server, char[] password) throws IOException {
        if (!OwnerOnlyFile.supported(dir)) {
            forget();
            return Remembered.NOT_SAFE;
        }
        Properties p = new Properties();
        p.setProperty("url", server.url());
        p.setProperty("user", nullToEmpty(server.user()));
        p.setProperty("password", new String(password));
        StringWriter out = new StringWriter();
        p.store(out, "Recovery Planner: the clinic server's password, readable by you only");
        OwnerOnlyFile.write(passwordFile(), out.toString().getBytes(StandardCharsets.UTF_8));
        return Remembered.REMEMBERED;
    }

    private Remembered forget() throws IOException {
        Files.deleteIfExists(passwordFile());
        return Remembered.NOT_KEPT;
    }

    private void write(Map<String, String> values) {
        try {
            SettingsFile.write(dir, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
