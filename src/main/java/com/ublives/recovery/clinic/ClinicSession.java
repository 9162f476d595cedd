package com.ublives.recovery.clinic;

import com.ublives.recovery.rules.PainQuality;

import java.time.Instant;
import java.util.List;

/**
 * A session the clinic gave a client, as stored in the clinic's own table (never in the person's journal).
 * Its aftercare sheet is made from these fields alone. Conditions include the client's at the time of the
 * session, so advice unsafe for them stays out of its sheet.
 */
public record ClinicSession(long id, Client client, Instant startedAt, String therapist, String massage,
                            String pressure, List<String> areas, Integer endSoreness, PainQuality quality,
                            List<String> factors, List<String> conditions, String note, int version) {

    /** A session without a known row version (built by hand, not read from the table). */
    public ClinicSession(long id, Client client, Instant startedAt, String therapist, String massage, String pressure,
                         List<String> areas, Integer endSoreness, PainQuality quality, List<String> factors,
                         List<String> conditions, String note) {
        this(id, client, startedAt, therapist, massage, pressure, areas, endSoreness, quality, factors, conditions,
                note, 0);
    }

    public ClinicSession {
        areas = areas == null ? List.of() : List.copyOf(areas);
        factors = factors == null ? List.of() : List.copyOf(factors);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        quality = quality == null ? PainQuality.ACHY : quality;
    }
}
