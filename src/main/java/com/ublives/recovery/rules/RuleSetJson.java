package com.ublives.recovery.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.List;

/** Reads and writes a rule set as JSON text; parsing refuses unknown fields so typos are caught. */
public final class RuleSetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private RuleSetJson() {
    }

    /** Parses and validates; a malformed or unsound document is refused with every problem named. */
    public static RuleSet parse(String json) {
        RuleSet rules;
        try {
            rules = MAPPER.readValue(json, RuleSet.class);
        } catch (JsonProcessingException e) {
            throw new RuleSetException(List.of("not a readable rule set: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")")));
        }
        return RuleSetValidator.requireValid(rules);
    }

    public static String write(RuleSet rules) {
        try {
            return MAPPER.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rule set always serialises", e);
        }
    }
}
