package com.ublives.recovery.clinic;

import com.ublives.recovery.rules.PainQuality;

import java.time.Instant;
import java.util.List;

/**
 * A session to record (or what an edited one says): who, when, by whom, what massage and how it went.
 * Stored in the clinic's own table, never in the person's journal.
 */
public record NewSession(long clientId, Instant startedAt, String therapist, String massage, String pressure,
                         List<String> areas, Integer endSoreness, PainQuality quality, List<String> factors,
                         List<String> conditions, String note) {

    public NewSession {
        areas = areas == null ? List.of() : List.copyOf(areas);
        factors = factors == null ? List.of() : List.copyOf(factors);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        quality = quality == null ? PainQuality.ACHY : quality;
    }

    public static NewSession of(long clientId, Instant startedAt, String massage, int endSoreness) {
        return new NewSession(clientId, startedAt, null, massage, null, List.of(), endSoreness, PainQuality.ACHY,
                List.of(), List.of(), null);
    }

    public NewSession withTherapist(String name) {
        return new NewSession(clientId, startedAt, name, massage, pressure, areas, endSoreness, quality, factors,
                conditions, note);
    }
}
