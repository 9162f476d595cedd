package com.ublives.recovery.journal;

import com.ublives.recovery.rules.InvalidInputException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * Date-times as people type and read them: ISO-8601 local time ("2026-03-01T09:30", taken in the
 * person's time zone) or with an offset ("2026-03-01T09:30+01:00", "...Z"). Printed with the offset,
 * so a value is never ambiguous.
 */
public final class Times {

    private Times() {
    }

    /** Parses a date-time; input names the option for the refusal, e.g. "at". */
    public static Instant parse(String input, String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(input, "is required: an ISO date-time such as 2026-03-01T09:30");
        }
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(text.trim(), ZonedDateTime::from,
                    OffsetDateTime::from, LocalDateTime::from);
            if (t instanceof ZonedDateTime z) {
                return z.toInstant();
            }
            if (t instanceof OffsetDateTime o) {
                return o.toInstant();
            }
            return WallTime.resolve((LocalDateTime) t, zone).instant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(input, "must be an ISO date-time such as 2026-03-01T09:30 or"
                    + " 2026-03-01T09:30+01:00, got " + text);
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
