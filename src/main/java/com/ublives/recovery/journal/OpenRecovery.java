package com.ublives.recovery.journal;

/** An open recovery with its latest check-in (null before the first one). */
public record OpenRecovery(Recovery recovery, CheckIn latest) {
}
