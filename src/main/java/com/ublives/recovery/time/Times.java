package com.ublives.recovery.time;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.rules.InvalidInputException;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * Date-times as people type and read them: ISO-8601 local time ("2026-03-01T09:30", taken in the
 * person's time zone) or with an offset ("2026-03-01T09:30+01:00", "...Z"). Printed with the offset,
 * so a value is never ambiguous. The one place for the range a time may have: the years 1900 to
 * 9999 as typed, and for a massage or a check-in not more than a day after now.
 */
public final class Times {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 9999;
    private static final Duration AHEAD = Duration.ofDays(1);

    private Times() {
    }

    /** Parses a date-time; input names the option for the refusal, e.g. "at". */
    public static Instant parse(String input, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(input, Phrase.of("input.dateTime.required"));
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.trim(), ZonedDateTime::from,
                    OffsetDateTime::from, LocalDateTime::from);
            checkYear(input, text, t.get(ChronoField.YEAR));
            if (t instanceof ZonedDateTime z) {
                return z.toInstant();
            }
            if (t instanceof OffsetDateTime o) {
                return o.toInstant();
            }
            return WallTime.resolve((LocalDateTime) t, zone).instant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(input, Phrase.of("input.dateTime", text));
        }
    }

    /** A date as typed, "2026-05-12", in the years 1900 to 9999; input names the option for the refusal. */
    public static LocalDate parseDate(String input, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(input, Phrase.of("input.date.required"));
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            checkYear(input, text, date.getYear());
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(input, Phrase.of("input.date", text));
        }
    }

    /**
     * The time of a massage: from 1900 (in the zone of the clock) to a day after now. The day allows
     * for a clock or a time zone set a little wrong; anything further out is a typing mistake.
     */
    public static void checkMassage(String input, Instant at, Clock clock) {
        Instant earliest = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(clock.getZone()).toInstant();
        if (at.isBefore(earliest) || at.isAfter(latest(clock))) {
            throw new InvalidInputException(input, Phrase.of("input.time.range", FIRST_YEAR,
                    format(latest(clock), clock.getZone()), shown(at, clock.getZone())));
        }
    }

    /** A check-in or a closing: not more than a day after now (it is never before its massage). */
    public static void checkNotAhead(String input, Instant at, Clock clock) {
        if (at.isAfter(latest(clock))) {
            throw new InvalidInputException(input, Phrase.of("input.time.ahead",
                    format(latest(clock), clock.getZone()), shown(at, clock.getZone())));
        }
    }

    /** As format, for a time in a refusal, which may be too far out to have a date in the zone. */
    private static String shown(Instant at, ZoneId zone) {
        try {
            return format(at, zone);
        } catch (DateTimeException tooFar) {
            return at.toString();
        }
    }

    /** The latest time a massage, a check-in or a closing may have: a day after now. */
    public static Instant latest(Clock clock) {
        return clock.instant().plus(AHEAD);
    }

    /** Years that are not 1900 to 9999 are a typing mistake, and beyond them times do not fit the journal. */
    private static void checkYear(String input, String text, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(input, Phrase.of("input.years", FIRST_YEAR, LAST_YEAR, text));
        }
    }

    /** "2026-03-01T09:30+01:00" in the given zone, to the second; null stays null. */
    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime().toString();
    }

    /** Hours rounded to two decimals, as shown and exported. */
    public static double roundHours(double hours) {
        return Math.round(hours * 100.0) / 100.0;
    }

    /** Hours as a person reads them: one decimal without a trailing zero (30, 12.5), never negative. */
    public static String hoursText(double hours) {
        return java.math.BigDecimal.valueOf(Math.max(0, hours)).setScale(1, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
