package com.ublives.recovery.storage;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data folder's settings.properties, the one file every setting lives in (backups, language,
 * theme, text size, reminders, screens shown), in UTF-8. A person may edit it: a write changes only
 * the lines of the keys it sets, keeping comments, order and keys it does not know, and replaces
 * the file whole (SafeFile), so a crash never leaves half a file.
 */
public final class SettingsFile {

    public static final String NAME = "settings.properties";
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^\\s=:]*)\\s*[=:\\s].*$|^\\s*([^#!\\s=:][^\\s=:]*)\\s*$");

    /** What the file says, or why it could not be read (then the values are empty and defaults apply). */
    public record Contents(Map<String, String> values, com.ublives.recovery.i18n.Phrase problem) {
        public String get(String key) {
            return values.get(key);
        }
    }

    private SettingsFile() {
    }

    public static Contents read(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return new Contents(Map.of(), null);
        }
        try {
            return new Contents(parse(Files.readString(file, StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            return new Contents(Map.of(), com.ublives.recovery.i18n.FileTrouble.of(e));
        } catch (IllegalArgumentException e) { // a backslash escape that Properties cannot read
            return new Contents(Map.of(), com.ublives.recovery.i18n.Phrase.of("settings.file.malformed", file));
        }
    }

    private static Map<String, String> parse(String text) throws IOException {
        Properties p = new Properties();
        try (Reader in = new StringReader(text)) {
            p.load(in);
        }
        Map<String, String> values = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k).trim()));
        return values;
    }

    /** Sets these keys (a null value removes the key) and leaves every other line as it is. */
    public static void write(Path dataDir, Map<String, String> changes) throws IOException {
        Path file = dataDir.resolve(NAME);
        String old = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        String updated = update(old, changes);
        SafeFile.writeText(file, true, out -> out.write(updated));
    }

    /** The text with the changes made: a key's line replaced in place, a new key appended. Values are plain words and numbers. */
    static String update(String text, Map<String, String> changes) {
        Map<String, String> left = new LinkedHashMap<>(changes);
        List<String> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = KEY_LINE.matcher(line);
            String key = m.matches() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
            if (key != null && changes.containsKey(key)) {
                String value = left.remove(key);
                if (value != null) {
                    lines.add(key + "=" + value);
                }
            } else {
                lines.add(line);
            }
        }
        left.forEach((key, value) -> {
            if (value != null) {
                lines.add(key + "=" + value);
            }
        });
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
