package com.ublives.recovery.clinic.screen;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/** Draws a view model's verdict on a field (red outline, icon with the reason) or form; judges nothing itself. */
final class FieldMarks {

    private final ValidationSupport validation = new ValidationSupport();

    FieldMarks() {
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new StyleClassValidationDecoration(), new GraphicValidationDecoration()));
    }

    /** A form's message line, in the error style while it tells what stopped the form. */
    static void message(javafx.scene.control.Label label, ObservableStringValue text,
                        javafx.beans.value.ObservableBooleanValue error) {
        label.textProperty().bind(text);
        com.ublives.recovery.ui.Styles.toggle(label, "error", error.get());
        error.addListener((obs, was, now) -> com.ublives.recovery.ui.Styles.toggle(label, "error", now));
    }

    void mark(Control control, ObservableStringValue error) {
        validation.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, error.get(), error.get() != null));
        error.addListener(o -> validation.revalidate(control));
    }
}
