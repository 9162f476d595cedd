package com.ublives.recovery.journal;

import java.util.List;

/** The journal's list as one read: open recoveries (oldest massage first), then the newest closed ones. */
public record Dashboard(List<RecoveryStatus> open, List<RecoveryStatus> closed) {
}
