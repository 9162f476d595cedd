package com.ublives.recovery.journal;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.time.Times;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The order every recovery's record keeps: it is closed no earlier than its massage, no check-in comes
 * after it was closed, and none after a check-in with soreness 0 (which ends it). The app keeps to it
 * when it stores a change, and an import is held to it, so an export always imports again.
 */
final class Course {

    /**
     * What is wrong: with which check-in (its index in time order, or -1 for the recovery itself), the
     * field ("at" or "closedAt") and a message to follow it.
     */
    record Breach(int checkIn, String field, Phrase message) {
    }

    private Course() {
    }

    /** The first breach of a recovery with these check-ins in time order, or null when it keeps to the order. */
    static Breach check(Instant startedAt, Instant closedAt, List<CheckIn> inTimeOrder, ZoneId zone) {
        if (closedAt != null && closedAt.isBefore(startedAt)) {
            return new Breach(-1, "closedAt", Phrase.of("input.closedAt.beforeMassage", Times.format(startedAt, zone),
                    Times.format(closedAt, zone)));
        }
        Instant zeroAt = null;
        for (int i = 0; i < inTimeOrder.size(); i++) {
            CheckIn checkIn = inTimeOrder.get(i);
            if (zeroAt != null) {
                return new Breach(i, "at", Phrase.of("input.at.afterZero",
                        Times.format(zeroAt, zone), Times.format(checkIn.at(), zone)));
            }
            if (closedAt != null && checkIn.at().isAfter(closedAt)) {
                return new Breach(i, "at", Phrase.of("input.at.afterClosed",
                        Times.format(closedAt, zone), Times.format(checkIn.at(), zone)));
            }
            if (checkIn.soreness() == 0) {
                zeroAt = checkIn.at();
            }
        }
        return null;
    }
}
