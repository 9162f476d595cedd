package com.ublives.recovery.ui;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.util.Callback;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Pane;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Bindings every form repeats: tick-box lists, radio choices, Enter to act, names (dates: {@link DateField}). */
public final class FormControls {

    private FormControls() {
    }

    /**
     * One tick box per choice, with the id {@code kind-choiceId} that tests and styles find it by. Choices
     * that can change (the rules in use changed) are followed: the boxes are made again for the new ones.
     */
    public static void tickBoxes(Pane box, List<Choice> choices, String kind) {
        List<Node> made = new java.util.ArrayList<>();
        addTickBoxes(box, choices, kind, made);
        if (choices instanceof ObservableList<Choice> changing) {
            changing.addListener((javafx.collections.ListChangeListener<Choice>) change -> {
                box.getChildren().removeAll(made);
                made.clear();
                addTickBoxes(box, changing, kind, made);
            });
        }
    }

    private static void addTickBoxes(Pane box, List<Choice> choices, String kind, List<Node> made) {
        for (Choice choice : choices) {
            CheckBox check = new CheckBox(choice.label());
            // a plan item's id has a dot ("hydration.water"), which a CSS id (#...) cannot hold
            check.setId(kind + "-" + choice.id().replace('.', '-'));
            check.setWrapText(true);
            check.setMnemonicParsing(false);
            check.selectedProperty().bindBidirectional(choice.selected());
            box.getChildren().add(check);
            made.add(check);
        }
    }

    /**
     * A sentence above a form that is there only while it has something to say (the rules in use
     * changed and took away a choice the person had made).
     */
    public static javafx.scene.control.Label note(javafx.beans.value.ObservableStringValue text, String id) {
        javafx.scene.control.Label note = new javafx.scene.control.Label();
        note.setId(id);
        note.setWrapText(true);
        note.getStyleClass().addAll("hint", "rules-note");
        note.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Objects.toString(text.get(), ""), text));
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        return note;
    }

    /**
     * Radio buttons (each carrying its value as user data) kept in step with the value both ways. One
     * button always stays chosen: a value no button carries shows the first, and clicking the chosen
     * button again does not clear it.
     */
    public static <T> void bindRadio(ToggleGroup group, ObjectProperty<T> value, List<RadioButton> buttons) {
        Runnable show = () -> group.selectToggle(buttons.stream()
                .filter(b -> Objects.equals(b.getUserData(), value.get())).findFirst().orElse(buttons.get(0)));
        show.run();
        // Alt and the underlined letter sends the button an action event without selecting it (JavaFX's
        // mnemonics fire an event at the node; only a click or Space goes through the button's own fire()):
        // the letter on "S_harp" would do nothing that a person could see
        for (RadioButton button : buttons) {
            button.addEventHandler(javafx.event.ActionEvent.ACTION, action -> {
                if (!button.isSelected()) {
                    button.setSelected(true);
                }
                button.requestFocus();
            });
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                @SuppressWarnings("unchecked") T chosen = (T) now.getUserData();
                value.set(chosen);
            }
        });
        value.addListener((obs, old, now) -> show.run());
    }

    /**
     * Enter acts from anywhere in the form. Text fields pass Enter on to the default button themselves;
     * tick boxes, radio buttons and sliders keep it, so it is caught here.
     */
    public static void enterActs(Node form, Runnable action) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.ENTER && !key.isAltDown() && !key.isControlDown()
                    && (key.getTarget() instanceof CheckBox || key.getTarget() instanceof RadioButton
                    || key.getTarget() instanceof Slider)) {
                key.consume();
                action.run();
            }
        });
    }

    /**
     * Alt+letter (a mnemonic) and Ctrl+digit (a screen) are the window's, not the box's: ControlsFX's
     * searchable combo box opens its search on any letter or digit, with or without a modifier, and takes
     * the focus back, so a person with the keyboard alone could not leave it by a mnemonic. The scene runs
     * mnemonics before the box sees the key (so Alt only needs keeping from the box) and shortcuts after
     * it (so those are handed on, past the box, to the screen around it and the scene).
     */
    public static void windowKeysPassBy(ComboBox<?> box) {
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
            if (key.isAltDown()) {
                key.consume();
            } else if (key.isShortcutDown() && box.getParent() != null) {
                // from the box's parent up: the screen's own keys (Ctrl+Tab of the clinic's tabs) on the way,
                // then the scene's shortcuts
                key.consume();
                javafx.event.Event.fireEvent(box.getParent(), key.copyFor(box.getParent(), box.getParent()));
            }
        });
    }

    /**
     * The box shows its prompt whenever it holds no value. JavaFX's own button cell keeps showing
     * nothing once a chosen value is cleared, so a form reset after saving would lose its prompts.
     */
    public static <T> void promptWhenEmpty(ComboBox<T> box) {
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                boolean none = empty || item == null;
                setText(none ? box.getPromptText() : box.getConverter().toString(item));
                Styles.toggle(this, "prompt", none);
            }
        });
    }

    /**
     * List cells whose text wraps at the list's width (a line break in the text starts a new line):
     * a long name makes the row taller, never the list scroll sideways, and no word is broken: the list
     * is at least as wide as the widest word of its rows (WholeWords).
     */
    public static <T> Callback<ListView<T>, ListCell<T>> wrappingCells(Function<T, String> text) {
        return list -> new ListCell<>() {
            {
                setWrapText(true);
                // without a width of its own the cell takes the list's, and wraps there
                setPrefWidth(0);
                // the list keeps room for the widest word, at the cell's font once styled (text size)
                fontProperty().addListener(o -> WholeWords.widenFor(this));
                paddingProperty().addListener(o -> WholeWords.widenFor(this));
            }

            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                WholeWords.widenFor(this);
            }
        };
    }

    /** Shows items by name; a typed name picks the item of that name from the list, or none. */
    public static <T> StringConverter<T> byName(ObservableList<T> items, Function<T, String> name) {
        return new StringConverter<>() {
            @Override public String toString(T item) { return item == null ? "" : name.apply(item); }
            @Override public T fromString(String text) {
                return items.stream().filter(t -> name.apply(t).equals(text)).findFirst().orElse(null);
            }
        };
    }
}
