package com.ublives.recovery.journal;

import com.ublives.recovery.rules.Band;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.Status;

import java.time.Instant;
import java.util.List;

/**
 * How an open recovery stands at a moment: judged again at that moment from the latest soreness, so
 * "past 72 hours" shows even when no check-in came after the 72nd hour. status is null while no
 * soreness is known (no check-in and no soreness given at the end of the massage).
 */
public record RecoveryStatus(
        Recovery recovery,
        Instant now,
        double hoursSince,
        CheckIn latestCheckIn,
        Integer latestSoreness,
        Band band,
        Status status,
        List<Outcome.Warning> warnings,
        CheckInSchedule.Due nextCheckIn) {

    public RecoveryStatus {
        warnings = List.copyOf(warnings);
    }

    public static final String PAST_72_HOURS = "past-72-hours";

    public boolean isPast72Hours() {
        return warnings.stream().anyMatch(w -> PAST_72_HOURS.equals(w.code()));
    }

    public boolean hasRedFlag() {
        return warnings.stream().anyMatch(Outcome.Warning::isRedFlag);
    }

    public boolean isCheckInOverdue() {
        return nextCheckIn != null && nextCheckIn.overdue();
    }

    public Instant nextCheckInDue() {
        return nextCheckIn == null ? null : nextCheckIn.at();
    }
}
