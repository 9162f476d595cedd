package com.ublives.recovery.rules;

import java.time.Instant;
import java.util.Locale;

/**
 * One stored version of the rule set: its number in the folder's history (1, 2, 3 ...), the name
 * every plan, check-in and sheet it produced records ({@link RuleSet#version()}, e.g. "2026.11-2+3"),
 * where it came from, who saved it and when, and whether it is the one in use.
 *
 * @param savedBy null for a version the app stored itself (the bundled rules on first run)
 */
public record RuleSetVersion(int number, String name, Source source, String savedBy, Instant savedAt, boolean inUse) {

    public enum Source {
        /** the rules shipped with the app, on first run or restored by "rules reset" */
        BUNDLED,
        /** read from a JSON file ("rules import") */
        IMPORTED,
        /** saved from the window's Content screen */
        EDITED;

        /** As stored and printed: lower case, whatever the person's language (Locale.ROOT). */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Source fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }
}
