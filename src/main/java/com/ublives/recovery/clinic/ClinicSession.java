package com.ublives.recovery.clinic;

import com.ublives.recovery.journal.Recovery;

/**
 * A session as the clinic sees it: the journal's recovery (one model for both) with its client.
 */
public record ClinicSession(Recovery recovery, Client client) {

    public long id() {
        return recovery.id();
    }
}
