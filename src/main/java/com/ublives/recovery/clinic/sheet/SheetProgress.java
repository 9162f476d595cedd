package com.ublives.recovery.clinic.sheet;

/** Told after each page of a batch; called on the thread that renders. */
@FunctionalInterface
public interface SheetProgress {

    SheetProgress NONE = (done, total) -> { };

    void pageDone(int done, int total);
}
