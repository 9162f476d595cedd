package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Paper;

import java.util.Optional;

/** Printing, behind an interface so tests run without a printer. */
public interface SheetPrinter {

    /**
     * Asks where to print with the system's dialog (call on the FX thread). Empty when the person
     * cancelled; {@link IllegalStateException} when there is no printer at all.
     */
    Optional<Run> begin(Paper paper, String jobName);

    /** One print job; its methods may be called off the FX thread. */
    interface Run {
        /** The DPI pages should be drawn at for this printer. */
        float dpi();

        void page(PageImage page);

        /** Sends the job; false when the printer refused it. */
        boolean end();

        void cancel();
    }
}
