package com.ublives.recovery.journal;

import com.ublives.recovery.rules.PainQuality;

import java.time.Instant;
import java.util.List;

/** A check-in as a person gives it; at may be null for "now". Also used to edit one. */
public record NewCheckIn(
        long recoveryId,
        Instant at,
        int soreness,
        PainQuality quality,
        List<String> redFlags,
        String note) {

    public NewCheckIn {
        quality = quality == null ? PainQuality.ACHY : quality;
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
    }

    public static NewCheckIn of(long recoveryId, Instant at, int soreness) {
        return new NewCheckIn(recoveryId, at, soreness, PainQuality.ACHY, List.of(), null);
    }

    public NewCheckIn withQuality(PainQuality q) {
        return new NewCheckIn(recoveryId, at, soreness, q, redFlags, note);
    }

    public NewCheckIn withRedFlags(List<String> flags) {
        return new NewCheckIn(recoveryId, at, soreness, quality, flags, note);
    }

    public NewCheckIn withNote(String text) {
        return new NewCheckIn(recoveryId, at, soreness, quality, redFlags, text);
    }
}
