package com.ublives.recovery.journal;

import com.ublives.recovery.rules.PainQuality;

import java.time.Instant;
import java.util.List;

/** "How sore now?" at one moment of a recovery, with the engine's judgement of it. */
public record CheckIn(
        long id,
        long recoveryId,
        Instant at,
        int soreness,
        PainQuality quality,
        List<String> redFlags,
        String note,
        Judgement judgement,
        List<String> done) {

    /** done: the ids of the plan items the person said they did by this check-in (what helped, maybe). */
    public CheckIn {
        quality = quality == null ? PainQuality.ACHY : quality;
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        done = done == null ? List.of() : List.copyOf(done);
    }

    /** A check-in that notes no plan item done. */
    public CheckIn(long id, long recoveryId, Instant at, int soreness, PainQuality quality, List<String> redFlags,
                   String note, Judgement judgement) {
        this(id, recoveryId, at, soreness, quality, redFlags, note, judgement, List.of());
    }

    CheckIn withId(long newId) {
        return new CheckIn(newId, recoveryId, at, soreness, quality, redFlags, note, judgement, done);
    }

    CheckIn withJudgement(Judgement j) {
        return new CheckIn(id, recoveryId, at, soreness, quality, redFlags, note, j, done);
    }

    CheckIn withRecovery(long newRecoveryId) {
        return new CheckIn(0, newRecoveryId, at, soreness, quality, redFlags, note, judgement, done);
    }
}
