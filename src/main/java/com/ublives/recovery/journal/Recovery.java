package com.ublives.recovery.journal;

import com.ublives.recovery.rules.PainQuality;

import java.time.Instant;
import java.util.List;

/**
 * One massage and the days after it. Open until a check-in reports soreness 0 or the person closes it.
 * clientId, pressure and areas are filled by the clinic, whose session is a recovery.
 */
public record Recovery(
        long id,
        String massage,
        Instant startedAt,
        String therapist,
        String place,
        Integer endSoreness,
        PainQuality quality,
        List<String> factors,
        List<String> conditions,
        String note,
        Instant closedAt,
        ClosedBy closedBy,
        Long clientId,
        String pressure,
        List<String> areas) {

    public Recovery {
        quality = quality == null ? PainQuality.ACHY : quality;
        factors = factors == null ? List.of() : List.copyOf(factors);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    Recovery closed(Instant at, ClosedBy by) {
        return new Recovery(id, massage, startedAt, therapist, place, endSoreness, quality, factors, conditions, note,
                at, by, clientId, pressure, areas);
    }
}
