package com.ublives.recovery.storage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.rules.Outcome;

import java.util.List;

/**
 * Lists kept as JSON text in one column (ids, names, a judgement's warnings): read together, never
 * queried apart. Shared by the journal's and the clinic's repositories, whose check-ins (the clinic's
 * moved out of the journal by V4) keep the same columns.
 */
public final class JsonColumns {

    /** A warning is stored as its level, code and message; what is derived from them (isRedFlag) is not. */
    @JsonIgnoreProperties("redFlag")
    private abstract static class StoredWarning {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(Outcome.Warning.class, StoredWarning.class);
    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };
    private static final TypeReference<List<Outcome.Warning>> WARNINGS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    /** A list of ids or names, or a judgement's warnings, as the column's text. */
    public static String write(List<?> values) {
        try {
            return MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + values, e);
        }
    }

    public static List<String> ids(String json) {
        return json == null || json.isBlank() ? List.of() : List.copyOf(read(json, IDS));
    }

    public static List<Outcome.Warning> warnings(String json) {
        return json == null || json.isBlank() ? List.of() : read(json, WARNINGS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable JSON column: " + json, e);
        }
    }
}
