package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.CheckIn;

import java.util.List;

/**
 * One check-in in the table, in words; the stored check-in rides along for edit and delete. warnings are
 * every warning stored with it, most severe first (red flags among them). The first row of a recovery
 * whose soreness at the end of the massage is known is that reading (0 h): it has no check-in, so it can
 * be neither edited nor deleted here. did names the plan items the person noted doing by then (what may have
 * helped; shown beside the soreness, never as its cause).
 */
public record CheckInRow(CheckIn checkIn, int soreness, String when, String hours, String quality, String status,
                         String redFlags, List<WarningLine> warnings, String note, String did) {

    public CheckInRow {
        warnings = List.copyOf(warnings);
    }

    /** The check-in's id; -1 for the start row. */
    public long id() {
        return checkIn == null ? -1 : checkIn.id();
    }

    /** The soreness given at the end of the massage, not a check-in. */
    public boolean isStart() {
        return checkIn == null;
    }
}
