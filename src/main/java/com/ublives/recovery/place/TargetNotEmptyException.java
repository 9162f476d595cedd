package com.ublives.recovery.place;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.StorageException;

/** A copy's target already holds data: nothing was written. The window words it in its own language. */
public final class TargetNotEmptyException extends StorageException {

    private final String server;
    private final long rows;

    TargetNotEmptyException(ServerAddress to, long rows) {
        super(Phrase.of("failure.copy.notEmpty", to.database(), to.describe(), rows), null);
        this.server = to.describe();
        this.rows = rows;
    }

    /** The target as HOST:PORT/DB, never with the password. */
    public String server() {
        return server;
    }

    public long rows() {
        return rows;
    }
}
