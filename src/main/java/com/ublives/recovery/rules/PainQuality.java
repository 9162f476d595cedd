package com.ublives.recovery.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

public enum PainQuality {
    ACHY, SHARP;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Returns null for anything but "achy" or "sharp", so callers can name the bad value. */
    public static PainQuality fromId(String id) {
        for (PainQuality q : values()) {
            if (q.id().equals(id)) {
                return q;
            }
        }
        return null;
    }

    @JsonCreator
    static PainQuality fromJson(String id) {
        PainQuality q = fromId(id);
        if (q == null) {
            // the reader names the place in the file (RuleSetJson)
            throw JsonRefusal.of("rules.json.mustBeOneOf",
                    java.util.Arrays.stream(values()).map(PainQuality::id).collect(java.util.stream.Collectors.joining(", ")), id);
        }
        return q;
    }
}
