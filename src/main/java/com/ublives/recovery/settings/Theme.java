package com.ublives.recovery.settings;

import java.util.Locale;
import java.util.Optional;

/** The window's colours: each has its stylesheet of colour variables over the light one (ui/theme-*.css). */
public enum Theme {
    LIGHT, DARK, HIGH_CONTRAST;

    /** The word in settings.properties: light, dark, contrast. */
    public String code() {
        return this == HIGH_CONTRAST ? "contrast" : name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Theme> of(String code) {
        for (Theme t : values()) {
            if (t.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
