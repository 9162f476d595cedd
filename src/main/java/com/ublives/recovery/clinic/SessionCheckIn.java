package com.ublives.recovery.clinic;

import com.ublives.recovery.journal.Judgement;
import com.ublives.recovery.rules.PainQuality;

import java.time.Instant;
import java.util.List;

/**
 * A check-in that was made on a session while sessions were still kept in the journal (before V4), moved
 * with it and kept read-only with the judgement it was given then. New sessions get none.
 */
public record SessionCheckIn(long id, long sessionId, Instant at, int soreness, PainQuality quality,
                             List<String> redFlags, String note, Judgement judgement) {

    public SessionCheckIn {
        quality = quality == null ? PainQuality.ACHY : quality;
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    }
}
