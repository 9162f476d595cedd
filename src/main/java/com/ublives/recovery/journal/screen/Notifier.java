package com.ublives.recovery.journal.screen;

/** Shows a passing notification while the app runs; tests pass a recording one. */
public interface Notifier {

    void notify(String title, String text, boolean warning);
}
