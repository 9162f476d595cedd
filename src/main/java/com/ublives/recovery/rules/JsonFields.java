package com.ublives.recovery.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Small JSON documents read token by token with Jackson's streaming parser. Every start reads the
 * stored rules' conditions and the safety floor; building Jackson's object mapper for them loaded
 * ~450 classes and took a fifth of the command line's time (docs/BENCHMARKS.md). Unknown fields and
 * values of the wrong kind are refused with a {@link JsonRefusal} (an IllegalArgumentException) naming
 * the field, in the words the mapper's refusals are given in (RuleSetJson).
 */
public final class JsonFields {

    /** Reads one value; {@code field} names it in a refusal. */
    public interface Value<T> {
        T read(JsonParser p, String field) throws IOException;
    }

    private JsonFields() {
    }

    /**
     * The fields of the object at the parser's current token, each read by the reader of its name;
     * any other name is refused. A field not given is absent from the map. Leaves the parser on END_OBJECT.
     * {@code what} names the object in a refusal; null for the whole text (the caller names it).
     */
    static Map<String, Object> object(JsonParser p, Object what, Map<String, Value<?>> readers) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw mustBe(what, "object");
        }
        Map<String, Object> values = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            Value<?> reader = readers.get(name);
            if (reader == null) {
                String allowed = String.join(", ", new TreeSet<>(readers.keySet()));
                throw what == null ? JsonRefusal.of("rules.json.unknownFieldHere", name, allowed)
                        : JsonRefusal.of("rules.json.unknownField", what, name, allowed);
            }
            p.nextToken();
            values.put(name, reader.read(p, name));
        }
        return values;
    }

    /** A value of {@link #object}'s map, typed by its reader. */
    @SuppressWarnings("unchecked")
    static <T> T get(Map<String, Object> values, String name) {
        return (T) values.get(name);
    }

    /** A list (null for JSON null) whose elements {@code element} reads; a null element is refused. */
    public static <T> List<T> list(JsonParser p, String field, Value<T> element) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mustBe(field, "list");
        }
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw JsonRefusal.of("rules.json.nullEntry", field);
            }
            values.add(element.read(p, field));
        }
        return values;
    }

    public static List<String> texts(JsonParser p, String field) throws IOException {
        return list(p, field, JsonFields::text);
    }

    /** One of {@code values} by its JSON text ({@code id}); null for JSON null. */
    public static <T> T choice(JsonParser p, String field, T[] values, Function<T, String> id) throws IOException {
        String given = text(p, field);
        if (given == null) {
            return null;
        }
        for (T v : values) {
            if (id.apply(v).equals(given)) {
                return v;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (T v : values) {
            allowed.add(id.apply(v));
        }
        throw JsonRefusal.of("rules.json.notOneOf", field, String.join(", ", allowed), given);
    }

    public static String text(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mustBe(field, "text");
        }
        return p.getText();
    }

    /** A whole number (null for JSON null); 2.5 is refused rather than cut to 2. */
    static Integer integer(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw mustBe(field, "wholeNumber");
        }
        return p.getIntValue();
    }

    static Double number(JsonParser p, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!p.currentToken().isNumeric()) {
            throw mustBe(field, "number");
        }
        return p.getDoubleValue();
    }

    /** "minFactors: must be a whole number", in the reader's language (rules.json.kind.*). */
    private static JsonRefusal mustBe(Object field, String kind) {
        com.ublives.recovery.i18n.Phrase what = com.ublives.recovery.i18n.Phrase.of("rules.json.kind." + kind);
        return field == null ? JsonRefusal.of("rules.json.mustBeHere", what) : JsonRefusal.of("rules.json.mustBe", field, what);
    }
}
