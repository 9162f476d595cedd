package com.ublives.recovery.cli;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.rules.Status;
import com.ublives.recovery.settings.SettingsService;
import com.ublives.recovery.storage.DataDirectory;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The command line's language: the one place every command, answer and refusal asks which language
 * to write in, and the texts in it (i18n/cli*.properties). It is chosen once per run, before picocli
 * reads the arguments (the usage help is written from the same bundle): {@code --lang en|de} wherever
 * it stands, else the language of the data folder's settings file, else the computer's.
 * The rule set's own texts are not here: they come with the rule set in this language.
 */
public final class CliLanguage {

    public static final String OPTION = "--lang";
    static final String BUNDLE = "i18n.cli";

    /** Set by {@link Cli#run} for the run; English until then (a class used outside a run). */
    private static volatile CliLanguage current = new CliLanguage(Language.ENGLISH, Locale.ENGLISH);

    private final Language language;
    private final Locale formats;
    private final ResourceBundle bundle;
    private final Conventions conventions;

    private CliLanguage(Language language, Locale system) {
        this.language = language;
        this.formats = language.formatLocale(system);
        this.bundle = language.bundle(BUNDLE);
        this.conventions = new Conventions(bundle, formats);
    }

    /** The language of this run. */
    public static Language language() {
        return current.language;
    }

    /** The locale numbers and dates are written in. */
    public static Locale formats() {
        return current.formats;
    }

    /** The run's bundle, for picocli's usage help. */
    static ResourceBundle bundle() {
        return current.bundle;
    }

    /**
     * The text of a key, its {0}, {1} ... filled in by the language's conventions (numbers, dates).
     * Every text goes through MessageFormat, with or without arguments, so an apostrophe is written ''
     * in every text of the bundle alike.
     */
    public static String say(String key, Object... args) {
        return new MessageFormat(current.bundle.getString(key), current.formats).format(args);
    }

    /**
     * A failure's or refusal's words in this run's language: services, storage and the engine fail with
     * phrases of i18n/messages (they do not know the language of the run); anything else with its message.
     */
    public static String words(Throwable failure) {
        return com.ublives.recovery.i18n.Phrased.message(failure, current.language);
    }

    /** A phrase of i18n/messages in this run's language. */
    public static String say(Phrase phrase) {
        return phrase.in(current.language);
    }

    /**
     * A check-in's status in this run's language, as the window names it ("On track"); the lines that
     * show it give its code too, in brackets, as the plan does for scripts that read the text.
     */
    public static String statusName(Status status) {
        return say(Phrase.of("journal.status." + status.name()));
    }

    /** A date and time as the language writes them (the pattern is in the bundle: format.dateTime). */
    public static DateTimeFormatter dateTime() {
        return current.conventions.formatter(Conventions.DATE_TIME);
    }

    /**
     * A moment for a person to read, in their time zone, as the language writes it (format.dateTime:
     * 2026-12-01 09:30, 01.12.2026, 09:30); --json and exports keep ISO with the offset instead.
     */
    public static String moment(Instant at, ZoneId zone) {
        return current.conventions.dateTime(at, zone);
    }

    /** A date and time to the second (format.dateTimeSeconds), where two can be a minute apart (backups). */
    public static DateTimeFormatter dateTimeWithSeconds() {
        return current.conventions.formatter("format.dateTimeSeconds");
    }

    /** A date as the language writes them (format.date). */
    public static DateTimeFormatter date() {
        return current.conventions.formatter(Conventions.DATE);
    }

    /** A number with the language's decimal sign, at most {@code decimals} places. */
    public static String number(double value, int decimals) {
        return current.conventions.number(value, decimals);
    }

    /** Hours as a person reads them: one decimal without a trailing zero (12.5, 12,5), never negative. */
    public static String hours(double hours) {
        return current.conventions.hours(hours);
    }

    /**
     * Chooses the language of a run from its arguments, the settings file and the system locale, and
     * makes it the run's. Empty when --lang names a language the app does not speak (or none): the
     * caller refuses with {@link #refusal}.
     */
    static Optional<Language> choose(String[] args, Locale system) {
        String given = given(args);
        Language chosen;
        if (given != null) {
            Optional<Language> named = Language.of(given);
            if (named.isEmpty()) {
                current = new CliLanguage(Language.of(system), system);
                return Optional.empty();
            }
            chosen = named.get();
        } else {
            chosen = fromSettings(args).orElse(Language.of(system));
        }
        current = new CliLanguage(chosen, system);
        return Optional.of(chosen);
    }

    /** The one line that refuses an unknown --lang, naming the languages allowed. */
    static String refusal(String[] args) {
        String given = given(args);
        return say("lang.unknown", OPTION, Arrays.stream(Language.values()).map(Language::code)
                .collect(Collectors.joining("|")), given == null || given.isEmpty() ? "—" : given);
    }

    /** The value of --lang (or --lang=de); "" when it has none; null when it is not given. */
    private static String given(String[] args) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            if ("--".equals(args[i])) {
                break;
            }
            if (OPTION.equals(args[i])) {
                value = i + 1 < args.length ? args[++i] : "";
            } else if (args[i].startsWith(OPTION + "=")) {
                value = args[i].substring(OPTION.length() + 1);
            }
        }
        return value;
    }

    /** The language in the settings file of the data folder named by --data-dir (or the usual one), if it has one. */
    private static Optional<Language> fromSettings(String[] args) {
        String dir = null;
        for (int i = 0; i < args.length; i++) {
            if ("--data-dir".equals(args[i]) && i + 1 < args.length) {
                dir = args[i + 1];
            } else if (args[i].startsWith("--data-dir=")) {
                dir = args[i].substring("--data-dir=".length());
            }
        }
        try {
            Path folder = DataDirectory.resolve(dir);
            if (!Files.isDirectory(folder)) {
                return Optional.empty();
            }
            return Optional.ofNullable(new SettingsService(folder).current().language());
        } catch (InvalidPathException | SecurityException unusable) {
            return Optional.empty(); // the command itself names what is wrong with the folder
        }
    }
}
