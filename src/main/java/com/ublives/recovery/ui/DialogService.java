package com.ublives.recovery.ui;

/**
 * Every dialog the app shows goes through here, so view models and tests never open a window
 * themselves; tests pass a recording implementation instead of {@link FxDialogService}.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);
}
