package com.ublives.recovery.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.util.List;

/** Reads and writes a rule set as JSON text; parsing refuses unknown fields so typos are caught. */
public final class RuleSetJson {

    // In a holder: reading only the version (every start) must not build the mapper (~300 classes).
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    private RuleSetJson() {
    }

    /**
     * The top-level "version" of a rule set document, read token by token without building or
     * validating the rule set; null when it is missing or the text is not readable JSON.
     */
    public static String version(String json) {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("version".equals(name)) {
                    return value == JsonToken.VALUE_STRING ? p.getText() : null;
                }
                p.skipChildren();
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Parses and validates; a malformed or unsound document is refused with every problem named. */
    public static RuleSet parse(String json) {
        RuleSet rules;
        List<String> unknownIds;
        try {
            com.fasterxml.jackson.databind.JsonNode tree = Mapper.MAPPER.readTree(json);
            rules = Mapper.MAPPER.treeToValue(tree, RuleSet.class);
            // the built rule set has dropped texts of rows it does not have; the document must not name any
            com.fasterxml.jackson.databind.JsonNode texts = tree == null ? null : tree.get("translations");
            unknownIds = texts == null || texts.isNull() ? List.of()
                    : Mapper.MAPPER.treeToValue(texts, RuleTranslations.class).unknownIds(rules);
        } catch (JsonProcessingException e) {
            throw new RuleSetException(List.of("not a readable rule set: " + readable(e)
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
        if (!unknownIds.isEmpty()) {
            List<String> problems = new java.util.ArrayList<>(RuleSetValidator.validate(rules));
            problems.addAll(unknownIds);
            throw new RuleSetException(problems);
        }
        return RuleSetValidator.requireValid(rules);
    }

    /** The rule set as a JSON tree, field for field as {@link #write} prints it (for comparing two sets). */
    static com.fasterxml.jackson.databind.JsonNode tree(RuleSet rules) {
        return Mapper.MAPPER.valueToTree(rules);
    }

    /**
     * What is wrong, named by its place in the file ("redFlags[3].level") and without Java's words:
     * Jackson's own text for a wrong field names the record class it was reading.
     */
    private static String readable(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return where(u) + ": unknown field \"" + u.getPropertyName() + "\"; allowed: " + String.join(", ", known);
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m) {
            Class<?> type = m.getTargetType();
            if (type != null && type.isEnum()) {
                List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
                return where(m) + ": must be one of " + String.join(", ", allowed);
            }
            String kind = type == null ? "another value" : Number.class.isAssignableFrom(type) || type.isPrimitive()
                    && type != boolean.class ? "a number" : type == Boolean.class || type == boolean.class ? "true or false"
                    : type == String.class ? "a text" : java.util.Collection.class.isAssignableFrom(type) ? "a list [...]"
                    : "an object {...}";
            return where(m) + ": must be " + kind;
        }
        return e.getOriginalMessage();
    }

    /** "massageTypes[2].baseBand", from the path Jackson was reading. */
    private static String where(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.length() == 0 ? "the file" : s.toString();
    }

    public static String write(RuleSet rules) {
        try {
            return Mapper.MAPPER.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule set always serialises", e);
        }
    }
}
