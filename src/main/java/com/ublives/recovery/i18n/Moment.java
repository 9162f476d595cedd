package com.ublives.recovery.i18n;

import java.time.Instant;
import java.time.ZoneId;

/**
 * A moment a {@link Phrase} names, written when the phrase is: in the reader's language and the person's
 * time zone ({@link Conventions#dateTimeWithYear}: "1 Dec 2026, 9:30", "1. Dez. 2026, 9:30"). A service
 * does not know the reader's language, so it hands the moment over rather than its words. A value a person
 * typed and is told back ("got 2026-12-01T09:30") stays as typed instead.
 */
public record Moment(Instant at, ZoneId zone) {
}
