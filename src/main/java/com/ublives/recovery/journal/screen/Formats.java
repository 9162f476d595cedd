package com.ublives.recovery.journal.screen;

import com.ublives.recovery.time.Times;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the journal writes moments and hours for a person: short, and in their own time zone. */
final class Formats {

    /** The texts are English; so are the month and day names beside them. */
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

    private Formats() {
    }

    static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    /** Hours to one decimal without a trailing zero: 30, 12.5. */
    static String hours(double hours) {
        return Times.hoursText(hours);
    }

    /** Whole hours for a list: 80 h, not 80.03 h. */
    static String wholeHours(double hours) {
        return Long.toString(Math.round(Math.floor(Math.max(0, hours))));
    }
}
