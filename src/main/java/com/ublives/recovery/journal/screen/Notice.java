package com.ublives.recovery.journal.screen;

/** A line the dashboard shows above the list about one recovery: a 72-hour banner or a check-in due. */
public record Notice(long recoveryId, String text) {
}
