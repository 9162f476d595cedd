package com.ublives.recovery.ui;

import com.ublives.recovery.i18n.Conventions;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A date picker that writes and reads days in the window's language, not the computer's: JavaFX's own
 * converter uses the JVM's locale of the moment the picker was made ("12/1/26" in a German window on an
 * English computer). The field shows a day as {@link Conventions#DATE_FIELD} writes it (01.12.2026,
 * 1 Dec 2026) and reads every way {@link Conventions#parseDate} knows (1.12.26, 1.12., 2026-12-01).
 * A new language builds the window's screens anew, so each picker is made in the language shown.
 * <p>
 * Text that is no day is neither thrown on (JavaFX would print the exception and put the old date back
 * without a word) nor taken as no date: it stays in the field as typed, the date stays what it was, and
 * the text goes to the form's {@code unreadable} property, whose message says how to write a day
 * ({@link MomentInput#notADate}). A day typed, picked or set by the form clears it.
 */
public final class DateField {

    private DateField() {
    }

    /** Gives the picker the window's conventions; {@code unreadable} holds typed text that is no day, else null. */
    public static void follow(DatePicker picker, ResourceBundle texts, StringProperty unreadable) {
        Conventions conventions = Conventions.of(texts);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                // the picker writes its date back after every commit: the text typed stays while it is refused
                String typed = unreadable.get();
                return typed != null && Objects.equals(day, picker.getValue()) ? typed : conventions.dateField(day);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    unreadable.set(null);
                    return null;
                }
                LocalDate day = conventions.parseDate(text, LocalDate.now().getYear()).orElse(null);
                unreadable.set(day == null ? text.strip() : null);
                return day == null ? picker.getValue() : day;
            }
        });
        picker.valueProperty().addListener(o -> unreadable.set(null));
        unreadable.addListener((o, was, now) -> {
            if (now == null && was != null) {
                // the form was cleared or given a day equal to the one kept: the field shows that day again
                picker.getEditor().setText(conventions.dateField(picker.getValue()));
            }
        });
    }
}
