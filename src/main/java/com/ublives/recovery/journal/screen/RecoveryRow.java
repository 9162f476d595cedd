package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.Outcome;

import java.util.List;

/**
 * One recovery on the dashboard, already in words. statusId drives the colour ("ON_TRACK",
 * "PAST_72_HOURS", "closed", "none"); warnings are the engine's, most severe first.
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
        List<Outcome.Warning> warnings,
        String nextDue,
        boolean overdue,
        boolean past72Hours) {

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
