package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.CheckIn;

/** One check-in in the table, in words; the stored check-in rides along for edit and delete. */
public record CheckInRow(CheckIn checkIn, String when, String hours, String quality, String status,
                         String redFlags, String note) {

    public long id() {
        return checkIn.id();
    }

    public int soreness() {
        return checkIn.soreness();
    }
}
