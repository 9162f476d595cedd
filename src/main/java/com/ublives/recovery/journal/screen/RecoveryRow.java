package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.Recovery;

import java.util.List;

/**
 * One recovery on the dashboard, already in words. statusId drives the colour ("ON_TRACK",
 * "PAST_72_HOURS", "closed", "none"); soreness names the latest reading and when it was given;
 * warnings are those told with that reading, most severe first; areas names where it is sore ("" when not given).
 */
public record RecoveryRow(
        Recovery recovery,
        String title,
        String started,
        String since,
        Integer latestSoreness,
        String soreness,
        String statusId,
        String status,
        List<WarningLine> warnings,
        String nextDue,
        boolean overdue,
        boolean past72Hours,
        String areas) {

    public RecoveryRow {
        warnings = List.copyOf(warnings);
    }

    public long id() {
        return recovery.id();
    }

    public boolean isOpen() {
        return recovery.isOpen();
    }
}
