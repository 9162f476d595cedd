package com.ublives.recovery.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A date and time as read off a wall clock, placed in a time zone. Twice a year a wall-clock time
 * is not one instant: on the spring-forward night some times do not exist, on the autumn night some
 * exist twice. Every screen and the command line resolve them here, by one rule, so the same typed
 * time is the same moment everywhere:
 * <ul>
 *   <li>a time in the gap moves forward by the length of the gap (2:30 becomes 3:30);</li>
 *   <li>a time that exists twice is the earlier of the two (the one still on summer time).</li>
 * </ul>
 * Hours since a massage are then counted between instants, never between wall-clock readings.
 */
public record WallTime(LocalDateTime given, ZonedDateTime used, Kind kind) {

    public enum Kind {
        /** The usual case: the time exists once. */
        ONCE,
        /** The time falls in the spring-forward gap; {@link #used()} is later by the gap. */
        SKIPPED,
        /** The time exists twice (autumn); {@link #used()} is the earlier one. */
        TWICE
    }

    public static WallTime resolve(LocalDateTime given, ZoneId zone) {
        int offsets = zone.getRules().getValidOffsets(given).size();
        Kind kind = offsets == 0 ? Kind.SKIPPED : offsets > 1 ? Kind.TWICE : Kind.ONCE;
        // ZonedDateTime.of already moves a gap time forward; the earlier offset is made explicit.
        return new WallTime(given, ZonedDateTime.of(given, zone).withEarlierOffsetAtOverlap(), kind);
    }

    public Instant instant() {
        return used.toInstant();
    }
}
