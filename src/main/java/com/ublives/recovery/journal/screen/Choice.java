package com.ublives.recovery.journal.screen;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.List;
import java.util.function.Function;

/** One tick box of a form (a factor, a health condition, a red flag). */
public record Choice(String id, String label, BooleanProperty selected) {

    static <T> List<Choice> of(List<T> rows, Function<T, String> id, Function<T, String> label) {
        return rows.stream().map(r -> new Choice(id.apply(r), label.apply(r), new SimpleBooleanProperty(false))).toList();
    }

    static List<String> selectedIds(List<Choice> choices) {
        return choices.stream().filter(c -> c.selected().get()).map(Choice::id).toList();
    }

    static void select(List<Choice> choices, List<String> ids) {
        choices.forEach(c -> c.selected().set(ids.contains(c.id())));
    }
}
