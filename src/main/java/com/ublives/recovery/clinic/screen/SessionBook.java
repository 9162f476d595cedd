package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;

import java.time.LocalDate;
import java.util.List;

/**
 * What the clinic screens need from the sessions: a session is a recovery of the journal that has a
 * client. Kept this small so the screens do not care which service stores it. Database work: never
 * call it on the JavaFX thread.
 */
public interface SessionBook {

    /** Stores a session (a recovery with its client id set) and returns it as stored. */
    Recovery record(NewRecovery session);

    /** Every session of that day (in the clinic's time zone), earliest first. */
    List<SessionRow> on(LocalDate day);

    /** The aftercare sheet of a stored session, on the clinic's default paper. */
    SheetContent sheet(long sessionId);

    /** One line of a day's list: the session and the name of its client. */
    record SessionRow(Recovery session, String clientName) {
        public long id() {
            return session.id();
        }
    }
}
