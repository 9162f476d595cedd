package com.ublives.recovery.journal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Check-ins are due 12, 24, 48 and 72 hours after the massage, or at the hours set in Settings. A check-in made up to two hours before
 * a mark counts for it (people check in when they can, not to the minute). When several marks have
 * passed unmet, only the latest of them is reported: at 50 h nobody needs to be told about the 12 h one.
 */
public final class CheckInSchedule {

    public static final List<Integer> MARKS = List.of(12, 24, 48, 72);
    public static final double EARLY_GRACE_HOURS = 2;

    /** A mark and when it falls; overdue when it has passed without a check-in. */
    public record Due(int markHours, Instant at, boolean overdue) {
    }

    private CheckInSchedule() {
    }

    /** The check-in to ask for, or null when all marks are met or past with a later check-in. */
    public static Due next(Instant startedAt, Double latestCheckInHours, Instant now) {
        return next(MARKS, startedAt, latestCheckInHours, now);
    }

    /** The same with other marks, in ascending hours. */
    public static Due next(List<Integer> marks, Instant startedAt, Double latestCheckInHours, Instant now) {
        double hoursNow = hoursBetween(startedAt, now);
        double covered = latestCheckInHours == null ? Double.NEGATIVE_INFINITY : latestCheckInHours + EARLY_GRACE_HOURS;
        Due overdue = null;
        for (int mark : marks) {
            if (mark > covered && mark <= hoursNow) {
                overdue = due(startedAt, mark, true);
            }
        }
        if (overdue != null) {
            return overdue;
        }
        for (int mark : marks) {
            if (mark > covered && mark > hoursNow) {
                return due(startedAt, mark, false);
            }
        }
        return null;
    }

    /** Hours from one moment to another, to the millisecond; negative when "to" is earlier. */
    public static double hoursBetween(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 3_600_000.0;
    }

    private static Due due(Instant startedAt, int mark, boolean overdue) {
        return new Due(mark, startedAt.plus(Duration.ofHours(mark)), overdue);
    }
}
