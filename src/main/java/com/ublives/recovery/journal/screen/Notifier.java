package com.ublives.recovery.journal.screen;

/** Shows a passing notification while the app runs; tests pass a recording one. */
public interface Notifier {

    /** True when it was shown; false when there was nowhere to show it without covering what the person uses. */
    boolean notify(String title, String text, boolean warning);
}
