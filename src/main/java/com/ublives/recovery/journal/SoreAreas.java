package com.ublives.recovery.journal;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.rules.InvalidInputException;

import java.util.List;

/**
 * Where a person is sore after their massage, as the ids the journal keeps. The advice does not depend on
 * the area (docs/rules.md gives no rule for it): areas are for the person's own record and comparisons.
 */
public final class SoreAreas {

    public static final List<String> IDS = List.of("neck", "shoulders", "upper-back", "lower-back", "arms", "legs",
            "other");

    private SoreAreas() {
    }

    /** Refuses an area that is not one of {@link #IDS}, naming the allowed ones. */
    public static void check(List<String> areas) {
        for (String area : areas) {
            if (!IDS.contains(area)) {
                throw new InvalidInputException("area", Phrase.of("input.oneOf", String.join(", ", IDS), area));
            }
        }
    }
}
