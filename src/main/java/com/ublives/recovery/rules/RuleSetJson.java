package com.ublives.recovery.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.ublives.recovery.i18n.Phrase;

import java.io.IOException;
import java.util.List;

/** Reads and writes a rule set as JSON text; parsing refuses unknown fields so typos are caught. */
public final class RuleSetJson {

    // In a holder: reading only the version (every start) must not build the mapper (~300 classes).
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // 2.5 for a whole number is refused, not cut to 2 (as the stored rules' reader, JsonFields, does)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addMixIn(RuleSet.class, ExportNote.class);
    }

    /** The note an export carries is no part of the rules: reading them passes over it (and only it). */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({ExportBase.FIELD})
    private abstract static class ExportNote {
    }

    /**
     * The version in use when a file was exported, written into it by {@code rules export}: an import
     * of the file is refused when another version is in use by then (someone changed the rules since,
     * and the file would undo that). A file written by hand has none.
     */
    public record ExportBase(int number, String name) {
        static final String FIELD = "inUseAtExport";
    }

    /** The rule set with the version in use at the export noted after its name. */
    public static String write(RuleSet rules, ExportBase base) {
        com.fasterxml.jackson.databind.node.ObjectNode tree = Mapper.MAPPER.valueToTree(rules);
        com.fasterxml.jackson.databind.node.ObjectNode out = Mapper.MAPPER.createObjectNode();
        out.set("version", tree.get("version"));
        out.putObject(ExportBase.FIELD).put("number", base.number()).put("name", base.name());
        tree.fields().forEachRemaining(f -> out.set(f.getKey(), f.getValue()));
        try {
            return Mapper.MAPPER.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule set always serialises", e);
        }
    }

    /**
     * The version in use when the file was exported, or null for a file without the note (written by
     * hand, or by an older app). A note that is not as {@code rules export} writes it is refused.
     */
    public static ExportBase base(String json) {
        com.fasterxml.jackson.databind.JsonNode note;
        try {
            note = Mapper.MAPPER.readTree(json).path(ExportBase.FIELD);
        } catch (JsonProcessingException e) {
            return null; // parse() names what is wrong with the file
        }
        if (note.isMissingNode() || note.isNull()) {
            return null;
        }
        if (!note.path("number").canConvertToInt() || !note.path("number").isIntegralNumber() || !note.path("name").isTextual()) {
            throw RuleSetException.of(List.of(Phrase.of("rules.json.exportBase", ExportBase.FIELD)));
        }
        return new ExportBase(note.get("number").asInt(), note.get("name").asText());
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
        List<Phrase> unknownIds;
        try {
            com.fasterxml.jackson.databind.JsonNode tree = Mapper.MAPPER.readTree(json);
            if (tree == null || tree.isMissingNode()) {
                throw RuleSetException.of(List.of(Phrase.of("rules.json.unreadable", JsonSyntax.empty())));
            }
            // read from the text, not the tree: a refusal then knows its line and column
            rules = Mapper.MAPPER.readValue(json, RuleSet.class);
            if (rules == null) { // the file holds null
                throw RuleSetException.of(List.of(Phrase.of("rules.json.unreadable",
                        Phrase.of("rules.json.mustBe", Phrase.of("rules.json.theFile"), Phrase.of("rules.json.kind.object")))));
            }
            // the built rule set has dropped texts of rows it does not have; the document must not name any
            com.fasterxml.jackson.databind.JsonNode texts = tree.get("translations");
            unknownIds = texts == null || texts.isNull() ? List.of()
                    : Mapper.MAPPER.treeToValue(texts, RuleTranslations.class).unknownIds(rules);
        } catch (JsonProcessingException e) {
            throw RuleSetException.of(List.of(Phrase.of("rules.json.unreadable", readable(e, json))));
        }
        if (!unknownIds.isEmpty()) {
            List<Phrase> problems = new java.util.ArrayList<>(RuleSetValidator.problems(rules));
            problems.addAll(unknownIds);
            throw RuleSetException.of(problems);
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
    private static Phrase readable(JsonProcessingException e, String json) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping)) {
            return JsonSyntax.problem(e, json); // not JSON at all: where, and what stands there
        }
        Phrase what = refusal(mapping);
        com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
        return at == null || at.getLineNr() < 1 ? what
                : Phrase.of("json.syntax.at", at.getLineNr(), Math.max(1, at.getColumnNr()), what);
    }

    /** What the mapper refused, named by its place in the file. */
    private static Phrase refusal(com.fasterxml.jackson.databind.JsonMappingException mapping) {
        com.fasterxml.jackson.databind.JsonMappingException e = mapping;
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c instanceof com.ublives.recovery.i18n.Phrased told) { // a value refused by its own reader (PainQuality)
                return Phrase.of("rules.json.at", where(mapping), told.phrase());
            }
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds() == null ? List.of()
                    : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return Phrase.of("rules.json.unknownField", where(u), u.getPropertyName(), String.join(", ", known));
        }
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m) {
            Class<?> type = m.getTargetType();
            if (type != null && type.isEnum()) {
                List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
                return Phrase.of("rules.json.oneOf", where(m), String.join(", ", allowed));
            }
            String kind = type == null ? "other" : type == Integer.class || type == int.class || type == Long.class
                    || type == long.class ? "wholeNumber" : Number.class.isAssignableFrom(type) || type.isPrimitive()
                    && type != boolean.class ? "number" : type == Boolean.class || type == boolean.class ? "trueOrFalse"
                    : type == String.class ? "text" : java.util.Collection.class.isAssignableFrom(type) ? "list"
                    : "object";
            return Phrase.of("rules.json.mustBe", where(m), Phrase.of("rules.json.kind." + kind));
        }
        // anything else Jackson refuses is named by its place; its own words name Java classes
        return Phrase.of("rules.json.badValue", where(mapping));
    }

    /** "massageTypes[2].baseBand", from the path Jackson was reading. */
    private static Object where(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder s = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                s.append(s.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.length() == 0 ? Phrase.of("rules.json.theFile") : s.toString();
    }

    public static String write(RuleSet rules) {
        try {
            return Mapper.MAPPER.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule set always serialises", e);
        }
    }
}
