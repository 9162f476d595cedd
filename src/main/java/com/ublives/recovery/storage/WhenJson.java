package com.ublives.recovery.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.rules.When;
import com.ublives.recovery.rules.WhenReader;

/**
 * A rule's condition as the small JSON object kept in a when_json column; NULL means "always".
 * Unknown fields are refused, so a typo in an edited row is reported instead of silently ignored.
 */
final class WhenJson {

    // In a holder: every start reads conditions (WhenReader, no mapper); only writing a rule set builds it.
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private WhenJson() {
    }

    static String write(When when) {
        if (when == null || when.equals(When.ALWAYS)) {
            return null;
        }
        try {
            return Mapper.MAPPER.writeValueAsString(when);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a condition always serialises", e);
        }
    }

    /** Reads a column value; throws IllegalArgumentException with a one-line reason when it is not readable. */
    static When read(String json) {
        if (json == null || json.isBlank()) {
            return When.ALWAYS;
        }
        return WhenReader.read(json);
    }
}
