package com.ublives.recovery.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks a rule set before it is used: unknown or duplicate ids, gaps or overlaps in the severity
 * cut-points, empty texts, dangling references, impossible hours, and every breach of the
 * {@link SafetyFloor} (docs/rules.md, "Safety floor"). Returns every problem, each naming its row, so
 * an editor of the rules can fix them all in one go. Every way in (bundled JSON, an import, the
 * stored tables) goes through here.
 */
public final class RuleSetValidator {

    static final int MAX_VERSION = 50;

    private RuleSetValidator() {
    }

    /** Throws {@link RuleSetException} listing every bad row; returns the rule set when it is sound. */
    public static RuleSet requireValid(RuleSet rules) {
        List<String> problems = validate(rules);
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
        return rules;
    }

    public static List<String> validate(RuleSet r) {
        List<String> p = new ArrayList<>();
        if (blank(r.version())) {
            p.add("version: is empty");
        } else if (r.version().length() > MAX_VERSION) {
            // check-ins record it in 64 characters, with room for the "+number" a stored version may get
            p.add("version: must be at most " + MAX_VERSION + " characters, got " + r.version().length());
        }
        if (r.watchHours() <= 0) {
            p.add("watchHours: must be more than 0, got " + r.watchHours());
        }
        if (r.bands().isEmpty()) {
            p.add("bands: there must be at least one band");
        }
        Set<String> bands = ids("bands", r.bands(), Band::id, p);
        for (Band b : r.bands()) {
            String row = "bands[" + b.id() + "]";
            text(row, "label", b.label(), p);
            if (b.minHours() < 0 || b.maxHours() < b.minHours()) {
                p.add(row + ": hours must satisfy 0 <= minHours <= maxHours, got " + b.minHours() + "–" + b.maxHours());
            }
        }
        if (r.massageTypes().isEmpty()) {
            p.add("massageTypes: there must be at least one massage type");
        }
        ids("massageTypes", r.massageTypes(), MassageType::id, p);
        for (MassageType m : r.massageTypes()) {
            String row = "massageTypes[" + m.id() + "]";
            text(row, "name", m.name(), p);
            // the safety floor's "every massage type has a base band"
            ref(row, "baseBand", m.baseBand(), bands, p);
        }
        Set<String> severities = ids("severities", r.severities(), Severity::id, p);
        checkCutPoints(r.severities(), p);
        Set<String> factors = ids("factors", r.factors(), Factor::id, p);
        r.factors().forEach(f -> {
            text("factors[" + f.id() + "]", "label", f.label(), p);
            text("factors[" + f.id() + "]", "advice", f.advice(), p);
        });
        ids("redFlags", r.redFlags(), RedFlag::id, p);
        r.redFlags().forEach(f -> {
            String row = "redFlags[" + f.id() + "]";
            text(row, "label", f.label(), p);
            text(row, "action", f.action(), p);
            if (f.level() == null) {
                p.add(row + ": level is missing; one of INFO, CAUTION, WARNING, URGENT, EMERGENCY");
            }
        });
        Set<String> conditions = ids("conditions", r.conditions(), HealthCondition::id, p);
        r.conditions().forEach(c -> text("conditions[" + c.id() + "]", "label", c.label(), p));
        Set<String> massages = r.massageTypes().stream().map(MassageType::id).collect(Collectors.toSet());
        Refs refs = new Refs(massages, severities, bands, conditions);

        ids("bandRules", r.bandRules(), BandRule::id, p);
        for (BandRule b : r.bandRules()) {
            String row = "bandRules[" + b.id() + "]";
            when(row, b.when(), refs, p);
            if (!b.when().statusIn().isEmpty()) {
                // the engine finds the status from the band, so such a rule would silently never fire
                p.add(row + ": when.statusIn can never hold here: the status is found after the band");
            }
            if (b.atLeast() == null && b.longerBy() <= 0) {
                p.add(row + ": does nothing; give atLeast (a band id) or longerBy (1 or more)");
            }
            if (b.atLeast() != null) {
                ref(row, "atLeast", b.atLeast(), bands, p);
            }
            if (b.longerBy() < 0) {
                p.add(row + ": longerBy must be 0 or more, got " + b.longerBy());
            }
        }
        ids("warningRules", r.warningRules(), WarningRule::code, p);
        for (WarningRule w : r.warningRules()) {
            String row = "warningRules[" + w.code() + "]";
            text(row, "message", w.message(), p);
            if (w.level() == null) {
                p.add(row + ": level is missing; one of INFO, CAUTION, WARNING, URGENT, EMERGENCY");
            }
            when(row, w.when(), refs, p);
        }
        Set<String> items = ids("planItems", r.planItems(), PlanItem::id, p);
        Set<String> variantRules = new HashSet<>();
        for (PlanItem item : r.planItems()) {
            String row = "planItems[" + item.id() + "]";
            if (item.category() == null) {
                p.add(row + ": category is missing; one of HYDRATION, HEAT_COLD, STRETCHING, ACTIVE_REST, DEVICE");
            } else if (item.id() != null && !item.id().startsWith(idPrefix(item.category()) + ".")) {
                p.add(row + ": id must start with its category, e.g. " + idPrefix(item.category()) + ".name");
            }
            text(row, "title", item.title(), p);
            text(row, "text", item.text(), p);
            if (item.variants().isEmpty()) {
                p.add(row + ": has no variants, so it can never be in a plan");
            }
            for (PlanVariant v : item.variants()) {
                String vrow = row + ".variants[" + v.rule() + "]";
                if (blank(v.rule())) {
                    p.add(vrow + ": rule id is empty");
                } else if (!variantRules.add(v.rule())) {
                    p.add(vrow + ": duplicate rule id");
                }
                if (v.fromHour() != null && v.toHour() != null && v.toHour() <= v.fromHour()) {
                    p.add(vrow + ": toHour must be after fromHour, got " + v.fromHour() + "–" + v.toHour());
                }
                if (v.fromHour() == null && v.toHour() != null && v.toHour() <= 0) {
                    p.add(vrow + ": toHour must be more than 0, got " + v.toHour());
                }
                if (v.fromHour() != null && v.fromHour() < 0) {
                    p.add(vrow + ": fromHour must be 0 or more, got " + v.fromHour());
                }
                when(vrow, v.when(), refs, p);
            }
        }
        ids("exclusions", r.exclusions(), Exclusion::id, p);
        for (Exclusion e : r.exclusions()) {
            String row = "exclusions[" + e.id() + "]";
            text(row, "reason", e.reason(), p);
            if (e.categories().isEmpty() && e.items().isEmpty()) {
                p.add(row + ": removes nothing; give categories or items");
            }
            e.items().forEach(i -> ref(row, "items", i, items, p));
            when(row, e.when(), refs, p);
        }
        p.addAll(r.translations().problems());
        p.addAll(SafetyFloor.standard().breaches(r));
        return p;
    }

    private record Refs(Set<String> massages, Set<String> severities, Set<String> bands, Set<String> conditions) {
    }

    private static void when(String row, When w, Refs refs, List<String> p) {
        w.massageIn().forEach(id -> ref(row, "when.massageIn", id, refs.massages(), p));
        w.severityIn().forEach(id -> ref(row, "when.severityIn", id, refs.severities(), p));
        w.bandIn().forEach(id -> ref(row, "when.bandIn", id, refs.bands(), p));
        w.conditionIn().forEach(id -> ref(row, "when.conditionIn", id, refs.conditions(), p));
        if (w.minFactors() != null && w.minFactors() < 1) {
            p.add(row + ": when.minFactors must be 1 or more, got " + w.minFactors());
        }
    }

    /** Cut-points must cover 0..10 exactly once each: no gap, no overlap. */
    private static void checkCutPoints(List<Severity> severities, List<String> p) {
        for (Severity s : severities) {
            text("severities[" + s.id() + "]", "label", s.label(), p);
            if (s.from() > s.to() || s.from() < 0 || s.to() > 10) {
                p.add("severities[" + s.id() + "]: range must lie within 0–10 with from <= to, got " + s.from() + "–" + s.to());
            }
        }
        for (int n = 0; n <= 10; n++) {
            int score = n;
            List<String> covering = severities.stream().filter(s -> s.contains(score)).map(Severity::id).toList();
            if (covering.isEmpty()) {
                p.add("severities: soreness " + n + " is in no cut-point (gap)");
            } else if (covering.size() > 1) {
                p.add("severities: soreness " + n + " is in more than one cut-point (overlap: " + String.join(", ", covering) + ")");
            }
        }
    }

    /** HEAT_COLD gives "heat-cold"; Locale.ROOT, as an id must not change with the person's language (Turkish "ı"). */
    private static String idPrefix(Category category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <T> Set<String> ids(String table, List<T> rows, Function<T, String> id, List<String> p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = id.apply(rows.get(i));
            if (blank(value)) {
                p.add(table + "[" + i + "]: id is empty");
            } else if (!seen.add(value)) {
                p.add(table + "[" + value + "]: duplicate id");
            }
        }
        return seen;
    }

    private static void ref(String row, String field, String id, Set<String> known, List<String> p) {
        if (id == null || !known.contains(id)) {
            p.add(row + ": " + field + " refers to unknown id " + id);
        }
    }

    private static void text(String row, String field, String value, List<String> p) {
        if (blank(value)) {
            p.add(row + ": " + field + " is empty");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
