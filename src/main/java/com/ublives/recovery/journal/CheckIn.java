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
        Judgement judgement) {

    public CheckIn {
        quality = quality == null ? PainQuality.ACHY : quality;
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    }

    CheckIn withId(long newId) {
        return new CheckIn(newId, recoveryId, at, soreness, quality, redFlags, note, judgement);
    }

    CheckIn withJudgement(Judgement j) {
        return new CheckIn(id, recoveryId, at, soreness, quality, redFlags, note, j);
    }
}
