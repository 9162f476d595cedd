package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.Styles;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.List;

/** What both journal forms do with their fields: mark errors, add tick boxes, read typed dates leniently. */
final class FormBindings {

    private FormBindings() {
    }

    /** The field gets a red outline and the message shows below it while the view model names a problem. */
    static void markErrors(ObservableStringValue error, Label message, Control... fields) {
        Runnable apply = () -> {
            String text = error.get();
            message.setText(text == null ? "" : text);
            message.setVisible(text != null);
            message.setManaged(text != null);
            for (Control field : fields) {
                Styles.toggle(field, "error", text != null);
            }
        };
        error.addListener(o -> apply.run());
        apply.run();
    }

    static void addChoices(VBox box, List<Choice> choices, String kind) {
        for (Choice choice : choices) {
            CheckBox check = new CheckBox(choice.label());
            check.setId(kind + "-" + choice.id());
            check.setWrapText(true);
            check.setMnemonicParsing(false);
            check.selectedProperty().bindBidirectional(choice.selected());
            box.getChildren().add(check);
        }
    }

    /** Tab leaves a long note as it leaves any field (Ctrl+Tab would otherwise be needed). */
    static void tabLeaves(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.TAB && !key.isControlDown()) {
                key.consume();
                area.fireEvent(new KeyEvent(key.getSource(), area, KeyEvent.KEY_PRESSED, key.getCharacter(), key.getText(),
                        key.getCode(), key.isShiftDown(), true, key.isAltDown(), key.isMetaDown()));
            }
        });
    }

    /**
     * Enter saves from anywhere in the form. Text fields pass Enter on to the default button themselves;
     * tick boxes, radio buttons and sliders keep it, so it is caught here.
     */
    static void enterSaves(Node form, Runnable save) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !key.isAltDown() && !key.isControlDown()
                    && (key.getTarget() instanceof CheckBox || key.getTarget() instanceof RadioButton
                    || key.getTarget() instanceof Slider)) {
                key.consume();
                save.run();
            }
        });
    }

    /** Typed dates that do not parse leave the date empty (the view model then says so) instead of throwing. */
    static StringConverter<LocalDate> lenientDates() {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
        return new StringConverter<>() {
            @Override public String toString(LocalDate date) { return date == null ? "" : format.format(date); }
            @Override public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.trim(), format);
                } catch (DateTimeParseException notADate) {
                    return null;
                }
            }
        };
    }
}
