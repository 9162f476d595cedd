package com.ublives.recovery.clinic;

import java.util.Locale;

/** The paper a sheet is printed on; sizes in PDF points (1/72 inch). */
public enum Paper {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "a4" or "letter", any case; null when it is neither. */
    public static Paper fromId(String id) {
        if (id == null) {
            return null;
        }
        for (Paper paper : values()) {
            if (paper.id().equalsIgnoreCase(id.trim())) {
                return paper;
            }
        }
        return null;
    }
}
