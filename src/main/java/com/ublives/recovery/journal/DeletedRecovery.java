package com.ublives.recovery.journal;

import java.util.List;

/** A recovery as it was before it was deleted, with its check-ins: what an Undo puts back. */
public record DeletedRecovery(Recovery recovery, List<CheckIn> checkIns) {

    public DeletedRecovery {
        checkIns = List.copyOf(checkIns);
    }
}
