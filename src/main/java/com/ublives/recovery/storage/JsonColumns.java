package com.ublives.recovery.storage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.rules.JsonFields;
import com.ublives.recovery.rules.Level;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.rules.WhenReader;

import java.io.IOException;
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

    // In a holder: reading needs no mapper (below), only writing does.
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper().addMixIn(Outcome.Warning.class, StoredWarning.class);
    }

    private JsonColumns() {
    }

    /** A list of ids or names, or a judgement's warnings, as the column's text. */
    public static String write(List<?> values) {
        try {
            return Mapper.MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + values, e);
        }
    }

    // Read token by token, as the rule set's conditions are (rules/JsonFields says why): `journal status`
    // and the journal screen read these columns on every start; writing still uses the mapper.
    public static List<String> ids(String json) {
        return json == null || json.isBlank() ? List.of() : List.copyOf(read(json, JsonFields::texts));
    }

    public static List<Outcome.Warning> warnings(String json) {
        return json == null || json.isBlank() ? List.of() : read(json, (p, field) -> JsonFields.list(p, field, JsonColumns::warning));
    }

    /** A stored warning; other fields (isRedFlag, written by older versions) are passed over. */
    private static Outcome.Warning warning(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("a warning must be an object");
        }
        Level level = null;
        String code = null;
        String message = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "level" -> level = JsonFields.choice(p, name, Level.values(), Level::name);
                case "code" -> code = JsonFields.text(p, name);
                case "message" -> message = JsonFields.text(p, name);
                default -> p.skipChildren();
            }
        }
        return new Outcome.Warning(level, code, message);
    }

    private static <T> T read(String json, JsonFields.Value<T> value) {
        try (JsonParser p = WhenReader.JSON.createParser(json)) {
            p.nextToken();
            T read = value.read(p, "column");
            if (read == null || p.nextToken() != null) {
                throw new IllegalArgumentException("not one list");
            }
            return read;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("unreadable JSON column: " + json, e);
        }
    }
}
