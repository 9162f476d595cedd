package com.ublives.recovery.content;

import java.util.List;

/**
 * One field of an entry's form: {@code name} is the rule set file's field (the validator names it
 * in its messages), {@code choices} the ids a CHOICE or CHOICES field offers. Values travel as text:
 * CHOICES as ids joined by ",", a NUMBER as typed (empty for an open hour).
 */
public record Field(String name, Kind kind, List<String> choices, boolean editable) {

    public enum Kind { TEXT, LONG_TEXT, NUMBER, CHOICE, CHOICES }

    public Field {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    static Field text(String name) {
        return new Field(name, Kind.TEXT, List.of(), true);
    }

    static Field longText(String name) {
        return new Field(name, Kind.LONG_TEXT, List.of(), true);
    }

    static Field number(String name) {
        return new Field(name, Kind.NUMBER, List.of(), true);
    }

    static Field choice(String name, List<String> choices) {
        return new Field(name, Kind.CHOICE, choices, true);
    }

    static Field choices(String name, List<String> choices) {
        return new Field(name, Kind.CHOICES, choices, true);
    }

    static Field id(boolean editable) {
        return new Field("id", Kind.TEXT, List.of(), editable);
    }
}
