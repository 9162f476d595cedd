package com.ublives.recovery.clinic.screen;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A form's message line: what was just done, or what stopped it. The two look different on screen (an
 * error is not to be read past in grey), so the view model says which one it is.
 */
final class FormMessage {

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");

    ReadOnlyStringProperty text() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty error() {
        return error.getReadOnlyProperty();
    }

    void done(String message) {
        text.set(message);
        error.set(false);
    }

    void failed(String message) {
        text.set(message);
        error.set(true);
    }
}
