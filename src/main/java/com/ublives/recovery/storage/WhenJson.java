package com.ublives.recovery.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.rules.When;

/**
 * A rule's condition as the small JSON object kept in a when_json column; NULL means "always".
 * Unknown fields are refused, so a typo in an edited row is reported instead of silently ignored.
 */
final class WhenJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private WhenJson() {
    }

    static String write(When when) {
        if (when == null || when.equals(When.ALWAYS)) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(when);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a condition always serialises", e);
        }
    }

    /** Reads a column value; throws IllegalArgumentException with a one-line reason when it is not readable. */
    static When read(String json) {
        if (json == null || json.isBlank()) {
            return When.ALWAYS;
        }
        try {
            return MAPPER.readValue(json, When.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage().lines().findFirst().orElse("not readable"));
        }
    }
}
