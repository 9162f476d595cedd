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
        try {
            rules = Mapper.MAPPER.readValue(json, RuleSet.class);
        } catch (JsonProcessingException e) {
            throw new RuleSetException(List.of("not a readable rule set: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
        return RuleSetValidator.requireValid(rules);
    }

    public static String write(RuleSet rules) {
        try {
            return Mapper.MAPPER.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule set always serialises", e);
        }
    }
}
