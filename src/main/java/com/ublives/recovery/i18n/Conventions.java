package com.ublives.recovery.i18n;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Dates, times and numbers as a language writes them: the one place a face (the window, the command
 * line, a sheet) turns a moment or a number into what a person reads. The patterns are the face's own,
 * kept in its bundle beside its words (format.dateTime, format.date ...), so a translator sets them with
 * the texts; the month and day names and the decimal sign come from the language's locale (the
 * computer's region when it speaks the language: de_AT keeps Austrian conventions). Machine formats
 * (exports, --json) do not come here: they stay ISO in every language.
 */
public final class Conventions {

    /** A moment with the day of the week, without the year (the journal's lists): "Tue 1 Dec, 09:30". */
    public static final String DATE_TIME = "format.dateTime";
    /** A moment with its year, for what may lie years back (backups, versions): "1 Dec 2026, 9:30". */
    public static final String DATE_TIME_YEAR = "format.dateTimeYear";
    /** A day: "1 Dec 2026". */
    public static final String DATE = "format.date";
    /**
     * A day in a date field, as a person types it back: "1 Dec 2026", "01.12.2026" (German forms write
     * days in digits, and a day typed the same way must read back as the day shown).
     */
    public static final String DATE_FIELD = "format.dateField";
    /** A day and the month of it, in a sentence: "29 March". */
    public static final String DAY = "format.day";
    /** A time of day: "09:30". */
    public static final String TIME = "format.time";

    private final ResourceBundle patterns;
    private final Locale locale;

    /** The conventions of a face's bundle, written in this locale. */
    public Conventions(ResourceBundle patterns, Locale locale) {
        this.patterns = patterns;
        this.locale = locale;
    }

    /**
     * The window's conventions for its texts (i18n/messages in the language shown): the language of the
     * bundle, in the computer's region when the computer speaks it (the app made that the default locale).
     */
    public static Conventions of(ResourceBundle texts) {
        return new Conventions(texts, Language.of(texts).formatLocale(Locale.getDefault()));
    }

    public static Conventions of(Language language) {
        return of(language.messages());
    }

    public Locale locale() {
        return locale;
    }

    /** The formatter of a pattern of the bundle (one of the keys above, or a face's own). */
    public DateTimeFormatter formatter(String key) {
        return DateTimeFormatter.ofPattern(patterns.getString(key), locale);
    }

    /** A moment in the person's time zone, as {@link #DATE_TIME} writes it; "" for none. */
    public String dateTime(Instant at, ZoneId zone) {
        return write(DATE_TIME, at, zone);
    }

    /** A moment with its year ({@link #DATE_TIME_YEAR}); "" for none. */
    public String dateTimeWithYear(Instant at, ZoneId zone) {
        return write(DATE_TIME_YEAR, at, zone);
    }

    /** A day ({@link #DATE}), or a date-time's day; "" for none. */
    public String date(TemporalAccessor day) {
        return day == null ? "" : formatter(DATE).format(day);
    }

    /** A day as a date field shows it ({@link #DATE_FIELD}); "" for none. */
    public String dateField(LocalDate day) {
        return day == null ? "" : formatter(DATE_FIELD).format(day);
    }

    /** A time of day ({@link #TIME}); "" for none. */
    public String time(TemporalAccessor at) {
        return at == null ? "" : formatter(TIME).format(at);
    }

    private String write(String key, Instant at, ZoneId zone) {
        return at == null ? "" : formatter(key).format(at.atZone(zone));
    }

    /**
     * A number with the language's decimal sign (12.5, 12,5), at most {@code decimals} places, rounded
     * half up as a person rounds (0.15 to 0.2), without grouping: hours and ids read as one word.
     */
    public String number(double value, int decimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(decimals);
        f.setGroupingUsed(false);
        f.setRoundingMode(RoundingMode.HALF_UP);
        // the decimal the person sees (0.15), not the binary double just below it
        return f.format(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
    }

    /** Hours as a person reads them: one decimal without a trailing zero (30, 12.5 / 12,5), never negative. */
    public String hours(double hours) {
        return number(Math.max(0, hours), 1);
    }

    /**
     * A day as a person types it: the way this face shows a day, the locale's short and medium ways
     * (01.12.2026, 1.12.26, Dec 1, 2026), ISO (2026-12-01), and a day and month without a year (1.12.,
     * 1 Dec) in {@code thisYear}. Empty when it is none of these.
     */
    public Optional<LocalDate> parseDate(String text, int thisYear) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter f : dayFormats()) {
            try {
                return Optional.of(LocalDate.parse(typed, f));
            } catch (DateTimeParseException notThisWay) {
                // the next way
            }
        }
        for (String pattern : List.of("d.M.", "d.M", "d. MMM", "d. MMMM", "d MMM", "d MMMM", "MMM d", "MMMM d")) {
            try {
                return Optional.of(MonthDay.parse(typed, strict(pattern)).atYear(thisYear));
            } catch (java.time.DateTimeException notThisWay) {
                // the next way
            }
        }
        return Optional.empty();
    }

    private List<DateTimeFormatter> dayFormats() {
        // d.M.uu before the locale's own: German MEDIUM (dd.MM.y) took "30.11.26" for the year 26
        return List.of(formatter(DATE_FIELD), formatter(DATE), DateTimeFormatter.ISO_LOCAL_DATE,
                strict("d.M.uuuu"), strict("d.M.uu"),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale),
                strict("d. MMM uuuu"), strict("d MMM uuuu"), strict("d MMMM uuuu"));
    }

    /** A pattern that refuses a day the month does not have (31.2.) rather than taking another. */
    private DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
    }
}
