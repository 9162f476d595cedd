package com.ublives.recovery.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** The shipped rule set and small helpers, so each test reads as the rule it checks. */
final class DefaultRules {

    static final String JSON = read("/rules/default-rules.json");
    static final RuleSet RULES = RuleSetJson.parse(JSON);
    static final RuleEngine ENGINE = new RuleEngine(RULES);

    private DefaultRules() {
    }

    static String read(String resource) {
        try (InputStream in = DefaultRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Outcome assess(Assessment a) {
        return ENGINE.assess(a);
    }

    static Outcome assess(String massage, int soreness) {
        return ENGINE.assess(Assessment.of(massage, soreness));
    }

    static List<String> planIds(Outcome o) {
        return o.plan().stream().map(Outcome.PlannedItem::id).toList();
    }

    static List<String> omittedIds(Outcome o) {
        return o.omitted().stream().map(Outcome.Omission::id).toList();
    }

    static List<String> warningCodes(Outcome o) {
        return o.warnings().stream().map(Outcome.Warning::code).toList();
    }

    static Outcome.Warning warning(Outcome o, String code) {
        return o.warnings().stream().filter(w -> w.code().equals(code)).findFirst().orElse(null);
    }

    static Outcome.PlannedItem item(Outcome o, String id) {
        return o.plan().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    static Set<String> set(String... ids) {
        return Set.of(ids);
    }
}
