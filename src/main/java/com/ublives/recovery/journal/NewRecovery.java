package com.ublives.recovery.journal;

import com.ublives.recovery.rules.PainQuality;

import java.time.Instant;
import java.util.List;

/** What a person gives to start a recovery of their own; checked by the journal before it is stored. */
public record NewRecovery(
        String massage,
        Instant startedAt,
        String therapist,
        String place,
        Integer endSoreness,
        PainQuality quality,
        List<String> factors,
        List<String> conditions,
        String note,
        String pressure,
        List<String> areas) {

    public NewRecovery {
        quality = quality == null ? PainQuality.ACHY : quality;
        factors = factors == null ? List.of() : List.copyOf(factors);
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        areas = areas == null ? List.of() : List.copyOf(areas);
    }

    public static NewRecovery of(String massage, Instant startedAt) {
        return new NewRecovery(massage, startedAt, null, null, null, PainQuality.ACHY, List.of(), List.of(), null,
                null, List.of());
    }

    public NewRecovery withEndSoreness(Integer soreness, PainQuality q) {
        return new NewRecovery(massage, startedAt, therapist, place, soreness, q, factors, conditions, note,
                pressure, areas);
    }

    public NewRecovery withFactors(List<String> f) {
        return new NewRecovery(massage, startedAt, therapist, place, endSoreness, quality, f, conditions, note,
                pressure, areas);
    }

    public NewRecovery withConditions(List<String> c) {
        return new NewRecovery(massage, startedAt, therapist, place, endSoreness, quality, factors, c, note,
                pressure, areas);
    }

    /** What a stored recovery says about its massage, to change a part of it and store it again. */
    public static NewRecovery from(Recovery r) {
        return new NewRecovery(r.massage(), r.startedAt(), r.therapist(), r.place(), r.endSoreness(), r.quality(),
                r.factors(), r.conditions(), r.note(), r.pressure(), r.areas());
    }

    public NewRecovery withMassage(String type, Instant at) {
        return new NewRecovery(type, at, therapist, place, endSoreness, quality, factors, conditions, note,
                pressure, areas);
    }

    public NewRecovery withAreas(List<String> sore) {
        return new NewRecovery(massage, startedAt, therapist, place, endSoreness, quality, factors, conditions, note,
                pressure, sore);
    }

    public NewRecovery withDetails(String therapistName, String placeName, String noteText) {
        return new NewRecovery(massage, startedAt, therapistName, placeName, endSoreness, quality, factors, conditions,
                noteText, pressure, areas);
    }

}
