package com.ublives.recovery.settings;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.storage.SettingsFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings of a data folder, kept in its settings.properties (storage/SettingsFile, shared with the
 * backup settings). A value that is not allowed is not used: the default takes its place and
 * {@link #problems()} names the key, so a typo in the file never stops the app. Reads and writes are
 * file work: off the JavaFX thread.
 */
public final class SettingsService {

    public static final String LANGUAGE = "language";
    public static final String THEME = "theme";
    public static final String TEXT_SIZE = "text.size";
    public static final String CHECK_IN_HOURS = "reminders.check-in-hours";
    public static final String CLINIC = "screens.clinic";
    private static final String SHOWN = "shown";
    private static final String HIDDEN = "hidden";

    /** A key whose value in the file is not allowed; the default is used in its place. */
    public record Problem(String key, String value) {
    }

    private final Path dataDir;
    private volatile Settings current;
    private final List<Problem> problems;

    public SettingsService(Path dataDir) {
        this.dataDir = dataDir;
        List<Problem> found = new ArrayList<>();
        this.current = parse(SettingsFile.read(dataDir), found);
        this.problems = List.copyOf(found);
    }

    public Path dataDir() {
        return dataDir;
    }

    public Settings current() {
        return current;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The journal asks for these, read at every check so a change applies at once. */
    public List<Integer> checkInHours() {
        return current.checkInHours();
    }

    /** Writes the settings to the file (only the keys that differ from the file's) and uses them from now on. */
    public synchronized void save(Settings settings) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(LANGUAGE, settings.language() == null ? null : settings.language().code());
        values.put(THEME, settings.theme().code());
        values.put(TEXT_SIZE, Integer.toString(settings.textSize()));
        values.put(CHECK_IN_HOURS, hoursText(settings.checkInHours()));
        values.put(CLINIC, settings.clinicShown() ? SHOWN : HIDDEN);
        try {
            SettingsFile.write(dataDir, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = settings;
    }

    static Settings parse(SettingsFile.Contents file, List<Problem> problems) {
        Settings d = Settings.DEFAULTS;
        Language language = value(file, LANGUAGE, Language::of, problems).orElse(d.language());
        Theme theme = value(file, THEME, Theme::of, problems).orElse(d.theme());
        int textSize = value(file, TEXT_SIZE, SettingsService::textSize, problems).orElse(d.textSize());
        List<Integer> hours = value(file, CHECK_IN_HOURS, SettingsService::checkInHours, problems).orElse(d.checkInHours());
        boolean clinic = value(file, CLINIC, v -> v.equals(SHOWN) ? Optional.of(true)
                : v.equals(HIDDEN) ? Optional.of(false) : Optional.empty(), problems).orElse(d.clinicShown());
        return new Settings(language, theme, textSize, hours, clinic);
    }

    private static <T> Optional<T> value(SettingsFile.Contents file, String key,
                                         java.util.function.Function<String, Optional<T>> read, List<Problem> problems) {
        String text = file.get(key);
        if (text == null) {
            return Optional.empty();
        }
        Optional<T> value = read.apply(text);
        if (value.isEmpty()) {
            problems.add(new Problem(key, text));
        }
        return value;
    }

    /** A whole percentage from 100 to 200, digits only. */
    public static Optional<Integer> textSize(String text) {
        String t = text.trim();
        if (!t.matches("[0-9]{1,3}")) {
            return Optional.empty();
        }
        int percent = Integer.parseInt(t);
        return percent >= Settings.MIN_TEXT_SIZE && percent <= Settings.MAX_TEXT_SIZE ? Optional.of(percent) : Optional.empty();
    }

    /**
     * Hours after a massage as typed ("12, 24, 48, 72"): one to eight whole numbers from 1 to 168,
     * each later than the one before.
     */
    public static Optional<List<Integer>> checkInHours(String text) {
        String[] parts = text.trim().split("\\s*[,;]\\s*");
        if (parts.length > Settings.MAX_CHECK_INS) {
            return Optional.empty();
        }
        List<Integer> hours = new ArrayList<>();
        for (String part : parts) {
            if (!part.matches("[0-9]{1,3}")) {
                return Optional.empty();
            }
            int h = Integer.parseInt(part);
            if (h < 1 || h > Settings.MAX_CHECK_IN_HOUR || !hours.isEmpty() && h <= hours.get(hours.size() - 1)) {
                return Optional.empty();
            }
            hours.add(h);
        }
        return Optional.of(hours);
    }

    public static String hoursText(List<Integer> hours) {
        return String.join(", ", hours.stream().map(String::valueOf).toList());
    }
}
