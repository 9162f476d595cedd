package com.ublives.recovery.journal;

/** A recovery with its latest check-in (null before the first one), as one query reads them together. */
public record RecoveryWithLatest(Recovery recovery, CheckIn latest) {
}
