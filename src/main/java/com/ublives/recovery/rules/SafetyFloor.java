package com.ublives.recovery.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ublives.recovery.i18n.Phrase;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The least every rule set must keep, bundled or edited (docs/rules.md, "Safety floor"). Its rows
 * live in rules/safety-floor.json, apart from default-rules.json on purpose: a change to the bundled
 * file that lowers a red flag is refused like an edited table, instead of lowering the floor with it.
 * A clinic may widen and raise; a rule of the floor may hold in more cases and at a higher level,
 * never in fewer or lower.
 */
record SafetyFloor(String spec, List<String> bands, int maxBandHours, List<BandRuleFloor> bandRules,
                   List<WarningFloor> warnings, List<RedFlagFloor> redFlags, List<ConditionFloor> conditions) {

    /** Some band rule must hold whenever {@code when} does and lengthen the band to at least {@code atLeast}. */
    record BandRuleFloor(String id, String means, When when, String atLeast) {
    }

    record WarningFloor(String code, Level level, When when) {
    }

    record RedFlagFloor(String id, Level level) {
    }

    record ConditionFloor(String id, List<Category> removesCategories, List<String> removesItems) {
        ConditionFloor {
            removesCategories = removesCategories == null ? List.of() : List.copyOf(removesCategories);
            removesItems = removesItems == null ? List.of() : List.copyOf(removesItems);
        }
    }

    private static final SafetyFloor STANDARD = read("/rules/safety-floor.json");

    static SafetyFloor standard() {
        return STANDARD;
    }

    private static SafetyFloor read(String resource) {
        try (InputStream in = SafetyFloor.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the safety floor " + resource + " is missing from the build");
            }
            try (JsonParser p = WhenReader.JSON.createParser(in)) {
                p.nextToken();
                return read(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("the safety floor " + resource + " is not readable", e); // a fault of the build
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the safety floor " + resource + " is not readable: " + e.getMessage(), e);
        }
    }

    /** Token by token, as the rules' conditions are read on every start (JsonFields says why). */
    private static SafetyFloor read(JsonParser p) throws IOException {
        Map<String, Object> f = JsonFields.object(p, null, Map.of( // the caller names the file
                "spec", JsonFields::text,
                "bands", JsonFields::texts,
                "maxBandHours", JsonFields::integer,
                "bandRules", (e, n) -> JsonFields.list(e, n, SafetyFloor::bandRule),
                "warnings", (e, n) -> JsonFields.list(e, n, SafetyFloor::warning),
                "redFlags", (e, n) -> JsonFields.list(e, n, SafetyFloor::redFlag),
                "conditions", (e, n) -> JsonFields.list(e, n, SafetyFloor::condition)));
        Integer maxBandHours = JsonFields.get(f, "maxBandHours");
        return new SafetyFloor(JsonFields.get(f, "spec"), JsonFields.get(f, "bands"), maxBandHours == null ? 0 : maxBandHours,
                JsonFields.get(f, "bandRules"), JsonFields.get(f, "warnings"), JsonFields.get(f, "redFlags"),
                JsonFields.get(f, "conditions"));
    }

    private static BandRuleFloor bandRule(JsonParser p, String field) throws IOException {
        Map<String, Object> v = JsonFields.object(p, field, Map.of("id", JsonFields::text, "means", JsonFields::text,
                "when", WhenReader::read, "atLeast", JsonFields::text));
        return new BandRuleFloor(JsonFields.get(v, "id"), JsonFields.get(v, "means"), when(v), JsonFields.get(v, "atLeast"));
    }

    private static WarningFloor warning(JsonParser p, String field) throws IOException {
        Map<String, Object> v = JsonFields.object(p, field, Map.of("code", JsonFields::text, "level", SafetyFloor::level,
                "when", WhenReader::read));
        return new WarningFloor(JsonFields.get(v, "code"), JsonFields.get(v, "level"), when(v));
    }

    private static RedFlagFloor redFlag(JsonParser p, String field) throws IOException {
        Map<String, Object> v = JsonFields.object(p, field, Map.of("id", JsonFields::text, "level", SafetyFloor::level));
        return new RedFlagFloor(JsonFields.get(v, "id"), JsonFields.get(v, "level"));
    }

    private static ConditionFloor condition(JsonParser p, String field) throws IOException {
        Map<String, Object> v = JsonFields.object(p, field, Map.of("id", JsonFields::text,
                "removesCategories", (e, n) -> JsonFields.list(e, n, (c, m) -> JsonFields.choice(c, m, Category.values(), Category::name)),
                "removesItems", JsonFields::texts));
        return new ConditionFloor(JsonFields.get(v, "id"), JsonFields.get(v, "removesCategories"), JsonFields.get(v, "removesItems"));
    }

    /** A floor row without a condition holds always: the strictest reading. */
    private static When when(Map<String, Object> row) {
        When when = JsonFields.get(row, "when");
        return when == null ? When.ALWAYS : when;
    }

    private static Level level(JsonParser p, String field) throws IOException {
        return JsonFields.choice(p, field, Level.values(), Level::name);
    }

    /** Every breach of the floor, each naming its row as the validator's other problems do. */
    List<Phrase> breaches(RuleSet r) {
        List<Phrase> p = new ArrayList<>();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < r.bands().size(); i++) {
            position.putIfAbsent(r.bands().get(i).id(), i);
        }
        checkBands(r.bands(), position, p);
        checkBandRules(r.bandRules(), position, p);
        checkWarnings(r.warningRules(), p);
        checkRedFlags(r.redFlags(), p);
        checkConditions(r, p);
        return p;
    }

    private String bandOrder() {
        return String.join(" < ", bands);
    }

    private void checkBands(List<Band> rows, Map<String, Integer> position, List<Phrase> p) {
        for (Band b : rows) {
            if (b.minHours() < 0 || b.maxHours() > maxBandHours) {
                p.add(RuleSetValidator.at("bands[" + b.id() + "]", "rules.floor.bandHours", maxBandHours, b.minHours(), b.maxHours()));
            }
        }
        // the engine takes "longer" from the position in the list, so the hours must grow with it
        for (int i = 1; i < rows.size(); i++) {
            Band before = rows.get(i - 1);
            Band b = rows.get(i);
            if (b.minHours() <= before.minHours() || b.maxHours() <= before.maxHours()) {
                p.add(RuleSetValidator.at("bands[" + b.id() + "]", "rules.floor.bandLater", before.id(), bandOrder(),
                        before.minHours(), before.maxHours(), b.id(), b.minHours(), b.maxHours()));
            }
        }
        for (String id : bands) {
            if (!position.containsKey(id)) {
                p.add(RuleSetValidator.at("bands[" + id + "]", "rules.floor.bandMissing", bandOrder()));
            }
        }
        for (int i = 1; i < bands.size(); i++) {
            Integer before = position.get(bands.get(i - 1));
            Integer at = position.get(bands.get(i));
            if (before != null && at != null && at < before) {
                p.add(RuleSetValidator.at("bands[" + bands.get(i) + "]", "rules.floor.bandAfter", bands.get(i - 1), bandOrder()));
            }
        }
    }

    private void checkBandRules(List<BandRule> rows, Map<String, Integer> position, List<Phrase> p) {
        for (BandRuleFloor f : bandRules) {
            Integer target = position.get(f.atLeast());
            boolean kept = target != null && rows.stream().anyMatch(b -> b.atLeast() != null
                    && position.getOrDefault(b.atLeast(), -1) >= target && holdsWhenever(b.when(), f.when()));
            if (!kept) {
                p.add(RuleSetValidator.at("bandRules", "rules.floor.bandRule", f.id(), f.means()));
            }
        }
    }

    private void checkWarnings(List<WarningRule> rows, List<Phrase> p) {
        Map<String, WarningRule> byCode = first(rows, WarningRule::code);
        for (WarningFloor f : warnings) {
            String row = "warningRules[" + f.code() + "]";
            WarningRule w = byCode.get(f.code());
            if (w == null) {
                p.add(RuleSetValidator.at(row, "rules.floor.missingAtLevel", f.level().name()));
                continue;
            }
            level(row, w.level(), f.level(), p);
            if (!holdsWhenever(w.when(), f.when())) {
                p.add(RuleSetValidator.at(row, "rules.floor.narrowed", describe(f.when())));
            }
        }
    }

    private void checkRedFlags(List<RedFlag> rows, List<Phrase> p) {
        Map<String, RedFlag> byId = first(rows, RedFlag::id);
        for (RedFlagFloor f : redFlags) {
            String row = "redFlags[" + f.id() + "]";
            RedFlag flag = byId.get(f.id());
            if (flag == null) {
                p.add(RuleSetValidator.at(row, "rules.floor.missingAtLevel", f.level().name()));
            } else {
                level(row, flag.level(), f.level(), p);
            }
        }
    }

    private static void level(String row, Level level, Level floor, List<Phrase> p) {
        // a missing level is already named by the validator
        if (level != null && !level.atLeast(floor)) {
            p.add(RuleSetValidator.at(row, "rules.floor.levelBelow", level.name(), floor.name()));
        }
    }

    private void checkConditions(RuleSet r, List<Phrase> p) {
        Map<String, HealthCondition> byId = first(r.conditions(), HealthCondition::id);
        for (ConditionFloor f : conditions) {
            String row = "conditions[" + f.id() + "]";
            if (!byId.containsKey(f.id())) {
                List<Object> removes = new ArrayList<>();
                f.removesCategories().forEach(c -> removes.add(Phrase.of("rules.floor.everyItem", c.name())));
                removes.addAll(f.removesItems());
                p.add(RuleSetValidator.at(row, "rules.floor.conditionMissing", Phrase.joined(", ", removes)));
                continue;
            }
            When given = new When(null, null, null, null, null, null, null, null, null, List.of(f.id()));
            List<Exclusion> removers = r.exclusions().stream().filter(e -> holdsWhenever(e.when(), given)).toList();
            for (PlanItem item : r.planItems()) {
                boolean removed = removers.stream().anyMatch(e -> e.removes(item));
                if (removed) {
                    continue;
                }
                if (f.removesCategories().contains(item.category())) {
                    p.add(RuleSetValidator.at(row, "rules.floor.mustRemoveCategory", item.id(), item.category().name()));
                } else if (f.removesItems().contains(item.id())) {
                    p.add(RuleSetValidator.at(row, "rules.floor.mustRemove", item.id()));
                }
            }
        }
    }

    /**
     * True when {@code wide} holds in every case {@code narrow} holds. A When is an AND of one test
     * per field, so it is enough that each field of {@code wide} asks no more than that of {@code narrow}.
     */
    static boolean holdsWhenever(When wide, When narrow) {
        return anyOf(wide.massageIn(), narrow.massageIn())
                && anyOf(wide.severityIn(), narrow.severityIn())
                && anyOf(wide.qualityIn(), narrow.qualityIn())
                && anyOf(wide.bandIn(), narrow.bandIn())
                && anyOf(wide.statusIn(), narrow.statusIn())
                && anyOf(wide.conditionIn(), narrow.conditionIn())
                && atLeastAsLow(wide.minFactors(), narrow.minFactors())
                && atLeastAsLow(wide.hoursAbove(), narrow.hoursAbove())
                && atLeastAsLow(wide.sorenessRiseAtLeast(), narrow.sorenessRiseAtLeast())
                && atLeastAsLow(wide.redFlagLevelAtLeast(), narrow.redFlagLevelAtLeast());
    }

    /** An empty list means "any value"; otherwise the wider list must name every value the narrower one does. */
    private static <T> boolean anyOf(List<T> wide, List<T> narrow) {
        return wide.isEmpty() || (!narrow.isEmpty() && wide.containsAll(narrow));
    }

    /** A threshold (null = none) that lets through at least what the other one does. */
    private static <T extends Comparable<? super T>> boolean atLeastAsLow(T wide, T narrow) {
        return wide == null || (narrow != null && wide.compareTo(narrow) <= 0);
    }

    private static String describe(When when) {
        try {
            // only on a breach: building the mapper is what reading the floor avoids
            return new ObjectMapper().writeValueAsString(when);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a condition always serialises", e);
        }
    }

    private static <T> Map<String, T> first(List<T> rows, Function<T, String> id) {
        return rows.stream().filter(row -> id.apply(row) != null)
                .collect(Collectors.toMap(id, row -> row, (a, b) -> a));
    }
}
