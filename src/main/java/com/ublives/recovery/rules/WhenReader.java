package com.ublives.recovery.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Reads a rule's condition from its JSON object (a stored when_json column, the safety floor)
 * without Jackson's object mapper ({@link JsonFields} says why). Accepts what {@link When} is
 * written as, field for field; refuses unknown fields, wrong kinds and unknown values.
 */
public final class WhenReader {

    public static final JsonFactory JSON = new JsonFactory();

    private static final Map<String, JsonFields.Value<?>> FIELDS = Map.of(
            "massageIn", JsonFields::texts,
            "severityIn", JsonFields::texts,
            "qualityIn", (p, name) -> JsonFields.list(p, name, (e, n) -> JsonFields.choice(e, n, PainQuality.values(), PainQuality::id)),
            "bandIn", JsonFields::texts,
            "statusIn", (p, name) -> JsonFields.list(p, name, (e, n) -> JsonFields.choice(e, n, Status.values(), Status::name)),
            "minFactors", JsonFields::integer,
            "hoursAbove", JsonFields::number,
            "sorenessRiseAtLeast", JsonFields::integer,
            "redFlagLevelAtLeast", (p, name) -> JsonFields.choice(p, name, Level.values(), Level::name),
            "conditionIn", JsonFields::texts);

    private WhenReader() {
    }

    /** The condition in {@code json}, one object; throws a {@link JsonRefusal} (an IllegalArgumentException) saying why not. */
    public static When read(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            if (p.currentToken() == null) {
                throw new JsonRefusal(JsonSyntax.empty());
            }
            When when = object(p, null); // the caller names the condition (RuleSetReader: its row)
            if (p.nextToken() != null) {
                throw JsonRefusal.of("rules.json.afterEnd");
            }
            return when;
        } catch (JsonProcessingException e) {
            throw new JsonRefusal(JsonSyntax.problem(e, json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The condition at the parser's current token (a START_OBJECT); leaves the parser on its END_OBJECT. */
    static When read(JsonParser p, String field) throws IOException {
        return object(p, field);
    }

    private static When object(JsonParser p, Object what) throws IOException {
        Map<String, Object> v = JsonFields.object(p, what, FIELDS);
        return new When(JsonFields.get(v, "massageIn"), JsonFields.get(v, "severityIn"), JsonFields.get(v, "qualityIn"),
                JsonFields.get(v, "bandIn"), JsonFields.get(v, "statusIn"), JsonFields.get(v, "minFactors"),
                JsonFields.get(v, "hoursAbove"), JsonFields.get(v, "sorenessRiseAtLeast"),
                JsonFields.get(v, "redFlagLevelAtLeast"), JsonFields.get(v, "conditionIn"));
    }
}
