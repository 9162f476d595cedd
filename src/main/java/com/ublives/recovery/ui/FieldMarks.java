package com.ublives.recovery.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationMessage;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.ValidationDecoration;

/**
 * The one way a field is marked invalid: while the view model names a problem the field has a red outline
 * (the "error" style class of theme.css) and the reason is shown, in a label below the field where the form
 * has room for it, otherwise as an icon beside the field whose tooltip says it. The view model judges the
 * field and decides when its error shows; this only draws it, on the FX thread.
 */
public final class FieldMarks {

    private static final String ERROR = "error";

    private FieldMarks() {
    }

    /** The outline, and an icon whose tooltip gives the reason. */
    public static void mark(Control field, ObservableStringValue error) {
        ValidationDecoration icon = new GraphicValidationDecoration();
        Runnable apply = () -> {
            String reason = error.get();
            Styles.toggle(field, ERROR, reason != null);
            icon.removeDecorations(field);
            if (reason != null) {
                icon.applyValidationDecoration(ValidationMessage.error(field, reason));
            }
        };
        error.addListener(o -> apply.run());
        if (error.get() != null) {
            apply.run();
        }
    }

    /** The outline on each of the fields (a date and a time share one error), and the reason in the label. */
    public static void mark(ObservableStringValue error, Label reason, Control... fields) {
        Runnable apply = () -> {
            String text = error.get();
            reason.setText(text == null ? "" : text);
            reason.setVisible(text != null);
            reason.setManaged(text != null);
            for (Control field : fields) {
                Styles.toggle(field, ERROR, text != null);
            }
        };
        error.addListener(o -> apply.run());
        apply.run();
    }

    /** A form's message line, in the error style while it tells what stopped the form. */
    public static void message(Label label, ObservableStringValue text, ObservableBooleanValue error) {
        label.textProperty().bind(text);
        Styles.toggle(label, ERROR, error.get());
        error.addListener((obs, was, now) -> Styles.toggle(label, ERROR, now));
    }
}
