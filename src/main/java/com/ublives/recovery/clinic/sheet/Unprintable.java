package com.ublives.recovery.clinic.sheet;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Characters that no bundled font can show (an emoji, a script the sheets do not carry), which were
 * left out of the printed sheets rather than printed as "?". Whoever printed them is told.
 */
public record Unprintable(List<String> characters) {

    public static final Unprintable NONE = new Unprintable(List.of());

    public Unprintable {
        characters = List.copyOf(characters);
    }

    public boolean isEmpty() {
        return characters.isEmpty();
    }

    /**
     * Each character with its code, "😀 (U+1F600), ☃ (U+2603)": the code reads even where the
     * character itself does not show (a console, a font without it).
     */
    public String listed() {
        return characters.stream()
                .map(c -> c + String.format(Locale.ROOT, " (U+%04X)", c.codePointAt(0)))
                .collect(Collectors.joining(", "));
    }
}
