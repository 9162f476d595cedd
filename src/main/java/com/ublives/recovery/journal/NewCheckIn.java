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
        String note,
        List<String> done) {

    /** done: the ids of the recovery's plan items the person did by now (see JournalService#planItems). */
    public NewCheckIn {
        quality = quality == null ? PainQuality.ACHY : quality;
        redFlags = redFlags == null ? List.of() : List.copyOf(redFlags);
        done = done == null ? List.of() : List.copyOf(done);
    }

    /** A check-in that notes no plan item done. */
    public NewCheckIn(long recoveryId, Instant at, int soreness, PainQuality quality, List<String> redFlags, String note) {
        this(recoveryId, at, soreness, quality, redFlags, note, List.of());
    }

    public static NewCheckIn of(long recoveryId, Instant at, int soreness) {
        return new NewCheckIn(recoveryId, at, soreness, PainQuality.ACHY, List.of(), null);
    }

    public NewCheckIn withQuality(PainQuality q) {
        return new NewCheckIn(recoveryId, at, soreness, q, redFlags, note, done);
    }

    public NewCheckIn withRedFlags(List<String> flags) {
        return new NewCheckIn(recoveryId, at, soreness, quality, flags, note, done);
    }

    public NewCheckIn withNote(String text) {
        return new NewCheckIn(recoveryId, at, soreness, quality, redFlags, text, done);
    }

    public NewCheckIn withDone(List<String> planItems) {
        return new NewCheckIn(recoveryId, at, soreness, quality, redFlags, note, planItems);
    }
}
