package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.CheckIn;

import java.util.List;

/**
 * One check-in in the table, in words; the stored check-in rides along for edit and delete. warnings are
 * every warning stored with it, most severe first (red flags among them).
 */
public record CheckInRow(CheckIn checkIn, String when, String hours, String quality, String status,
                         String redFlags, List<WarningLine> warnings, String note) {

    public CheckInRow {
        warnings = List.copyOf(warnings);
    }

    public long id() {
        return checkIn.id();
    }

    public int soreness() {
        return checkIn.soreness();
    }
}
