package com.ublives.recovery.clinic.screen;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/** Draws a view model's verdict on a field (red outline, icon with the reason); judges nothing itself. */
final class FieldMarks {

    private final ValidationSupport validation = new ValidationSupport();

    FieldMarks() {
        validation.setValidationDecorator(new CompoundValidationDecoration(
                new StyleClassValidationDecoration(), new GraphicValidationDecoration()));
    }

    void mark(Control control, ObservableStringValue error) {
        validation.registerValidator(control, false,
                (Control c, Object value) -> ValidationResult.fromErrorIf(c, error.get(), error.get() != null));
        error.addListener(o -> validation.revalidate(control));
    }
}
