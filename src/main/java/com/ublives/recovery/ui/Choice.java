package com.ublives.recovery.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** One tick box of a form: an id of the rule set (or of the clinic's lists) and its label. */
public record Choice(String id, String label, BooleanProperty selected) {

    public static <T> List<Choice> of(List<T> rows, Function<T, String> id, Function<T, String> label) {
        return rows.stream().map(row -> new Choice(id.apply(row), label.apply(row), new SimpleBooleanProperty(false))).toList();
    }

    public static List<String> selectedIds(List<Choice> choices) {
        return choices.stream().filter(c -> c.selected().get()).map(Choice::id).toList();
    }

    public static void select(List<Choice> choices, Collection<String> ids) {
        choices.forEach(c -> c.selected().set(ids.contains(c.id())));
    }
}
