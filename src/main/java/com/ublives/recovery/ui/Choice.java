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

    /**
     * The rules in use changed: the choices become the new rows, each still ticked when it was before
     * (found by id). Returns the labels of ticked choices that are gone, for telling the person.
     */
    public static <T> List<String> replaceAll(javafx.collections.ObservableList<Choice> choices, List<T> rows,
                                              Function<T, String> id, Function<T, String> label) {
        List<String> ticked = selectedIds(choices);
        List<Choice> fresh = of(rows, id, label);
        select(fresh, ticked);
        java.util.Set<String> kept = new java.util.HashSet<>(selectedIds(fresh));
        List<String> gone = choices.stream().filter(c -> c.selected().get() && !kept.contains(c.id()))
                .map(Choice::label).toList();
        choices.setAll(fresh);
        return gone;
    }

    public static List<String> selectedIds(List<Choice> choices) {
        return choices.stream().filter(c -> c.selected().get()).map(Choice::id).toList();
    }

    public static void select(List<Choice> choices, Collection<String> ids) {
        choices.forEach(c -> c.selected().set(ids.contains(c.id())));
    }
}
