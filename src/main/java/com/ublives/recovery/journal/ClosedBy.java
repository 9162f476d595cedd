package com.ublives.recovery.journal;

/** Why a recovery is closed: the person closed it, or a check-in reported soreness 0. */
public enum ClosedBy {
    PERSON, SORENESS_ZERO
}
