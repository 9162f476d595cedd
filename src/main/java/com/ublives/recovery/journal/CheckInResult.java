package com.ublives.recovery.journal;

import com.ublives.recovery.rules.Outcome;

/** A stored check-in, the engine's full outcome for it (with the plan), and whether it closed the recovery. */
public record CheckInResult(CheckIn checkIn, Outcome outcome, boolean closedRecovery) {
}
