package com.ublives.recovery.journal;

import com.ublives.recovery.rules.PainQuality;

import java.time.Instant;
import java.util.List;

/**
 * One massage of the person's own and the days after it. Open until a check-in reports soreness 0 or the
 * person closes it. The journal holds no clinic data: a clinic's sessions live in the clinic (V4). Pressure and
 * areas stay for recoveries read back from exports of older versions, which still carried them.
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
                at, by, pressure, areas);
    }
}
