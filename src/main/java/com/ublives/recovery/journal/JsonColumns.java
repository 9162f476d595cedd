package com.ublives.recovery.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.rules.Outcome;

import java.util.List;

/**
 * Id lists and warnings kept as JSON text in one column: read together, never queried apart. Public for the
 * clinic, whose session check-ins (moved out of the journal by V4) keep the same columns.
 */
public final class JsonColumns {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Outcome.Warning>> WARNINGS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }

    /** Only level, code and message: the shape of the command line's JSON, without derived properties. */
    static String writeWarnings(List<Outcome.Warning> warnings) {
        return JournalJson.warnings(warnings).toString();
    }

    static List<String> ids(String json) {
        return json == null || json.isEmpty() ? List.of() : read(json, IDS);
    }

    public static List<Outcome.Warning> warnings(String json) {
        return json == null || json.isEmpty() ? List.of() : read(json, WARNINGS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column: " + json, e);
        }
    }
}
