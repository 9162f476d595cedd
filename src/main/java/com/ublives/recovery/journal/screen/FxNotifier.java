package com.ublives.recovery.journal.screen;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

import java.util.function.Supplier;

/** Reminders as ControlsFX notifications in the corner of the main window. */
final class FxNotifier implements Notifier {

    private final Supplier<Window> owner;

    FxNotifier(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void notify(String title, String text, boolean warning) {
        Window window = owner.get();
        // Without a shown window a notification has nowhere to go; the dashboard says the same anyway.
        if (window == null || !window.isShowing()) {
            return;
        }
        // bottom right: at the top it would cover the 72-hour banner and its buttons
        Notifications n = Notifications.create().title(title).text(text).owner(window)
                .position(Pos.BOTTOM_RIGHT).hideAfter(Duration.seconds(warning ? 30 : 15));
        if (warning) {
            n.showWarning();
        } else {
            n.showInformation();
        }
    }
}
