package com.ublives.recovery.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.ublives.recovery.rules.Outcome;

import java.util.List;

/** The JSON contract of {@code plan --json} (issue 2): field names and order are relied on by other tools. */
public final class PlanJson {

    // Non-ASCII is escaped (\u2013) so the JSON survives any console encoding, e.g. a C locale on Java 17.
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private PlanJson() {
    }

    @JsonPropertyOrder({"massage", "soreness", "quality", "hours", "band", "status", "warnings", "plan", "omitted",
            "firedRules", "ruleSetVersion"})
    record Plan(String massage, int soreness, String quality, double hours, BandJson band, String status,
                List<WarningJson> warnings, List<ItemJson> plan, List<OmittedJson> omitted, List<String> firedRules,
                String ruleSetVersion) {
    }

    @JsonPropertyOrder({"id", "minHours", "maxHours"})
    record BandJson(String id, int minHours, int maxHours) {
    }

    @JsonPropertyOrder({"level", "code", "message"})
    record WarningJson(String level, String code, String message) {
    }

    @JsonPropertyOrder({"id", "category", "title", "text", "fromHour", "toHour"})
    record ItemJson(String id, String category, String title, String text, Integer fromHour, Integer toHour) {
    }

    @JsonPropertyOrder({"id", "reason"})
    record OmittedJson(String id, String reason) {
    }

    static Plan of(Outcome o) {
        return new Plan(o.assessment().massage(), o.assessment().soreness(), o.assessment().quality().id(),
                o.assessment().hours(),
                new BandJson(o.band().id(), o.band().minHours(), o.band().maxHours()),
                o.status().name(),
                o.warnings().stream().map(w -> new WarningJson(w.level().name(), w.code(), w.message())).toList(),
                o.plan().stream().map(i -> new ItemJson(i.id(), i.category().name(), i.title(), i.text(),
                        i.fromHour(), i.toHour())).toList(),
                o.omitted().stream().map(m -> new OmittedJson(m.id(), m.reason())).toList(),
                o.firedRules(), o.ruleSetVersion());
    }

    static String write(Outcome outcome) {
        return write(of(outcome));
    }

    /** Any value as one line of ASCII JSON: the form every command's --json prints. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain records always serialise", e);
        }
    }
}
