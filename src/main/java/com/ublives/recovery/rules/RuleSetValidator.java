package com.ublives.recovery.rules;

import com.ublives.recovery.i18n.Phrase;

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
        List<Phrase> problems = problems(rules);
        if (!problems.isEmpty()) {
            throw RuleSetException.of(problems);
        }
        return rules;
    }

    /** Every problem in English, as logs, tests and the Content editor's matching of fields read them. */
    public static List<String> validate(RuleSet r) {
        return problems(r).stream().map(Phrase::english).toList();
    }

    /** Every problem, each a phrase that a face writes in its reader's language; the row's name stays as the file spells it. */
    public static List<Phrase> problems(RuleSet r) {
        List<Phrase> p = new ArrayList<>();
        if (blank(r.version())) {
            p.add(at("version", "rules.problem.isEmpty"));
        } else if (r.version().length() > MAX_VERSION) {
            // check-ins record it in 64 characters, with room for the "+number" a stored version may get
            p.add(at("version", "rules.problem.versionTooLong", MAX_VERSION, r.version().length()));
        }
        if (r.watchHours() <= 0) {
            p.add(at("watchHours", "rules.problem.moreThanZero", r.watchHours()));
        }
        if (r.bands().isEmpty()) {
            p.add(at("bands", "rules.problem.noBand"));
        }
        Set<String> bands = ids("bands", r.bands(), Band::id, p);
        for (Band b : r.bands()) {
            String row = "bands[" + b.id() + "]";
            text(row, "label", b.label(), p);
            if (b.minHours() < 0 || b.maxHours() < b.minHours()) {
                p.add(at(row, "rules.problem.bandHours", b.minHours(), b.maxHours()));
            }
        }
        if (r.massageTypes().isEmpty()) {
            p.add(at("massageTypes", "rules.problem.noMassage"));
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
                p.add(at(row, "rules.problem.noLevel"));
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
                p.add(at(row, "rules.problem.statusInBandRule"));
            }
            if (b.atLeast() == null && b.longerBy() <= 0) {
                p.add(at(row, "rules.problem.bandRuleDoesNothing"));
            }
            if (b.atLeast() != null) {
                ref(row, "atLeast", b.atLeast(), bands, p);
            }
            if (b.longerBy() < 0) {
                p.add(at(row, "rules.problem.zeroOrMore", "longerBy", b.longerBy()));
            }
        }
        ids("warningRules", r.warningRules(), WarningRule::code, p);
        for (WarningRule w : r.warningRules()) {
            String row = "warningRules[" + w.code() + "]";
            text(row, "message", w.message(), p);
            if (w.level() == null) {
                p.add(at(row, "rules.problem.noLevel"));
            }
            when(row, w.when(), refs, p);
        }
        Set<String> items = ids("planItems", r.planItems(), PlanItem::id, p);
        Set<String> variantRules = new HashSet<>();
        for (PlanItem item : r.planItems()) {
            String row = "planItems[" + item.id() + "]";
            if (item.category() == null) {
                p.add(at(row, "rules.problem.noCategory"));
            } else if (item.id() != null && !item.id().startsWith(idPrefix(item.category()) + ".")) {
                p.add(at(row, "rules.problem.idCategory", idPrefix(item.category())));
            }
            text(row, "title", item.title(), p);
            text(row, "text", item.text(), p);
            if (item.variants().isEmpty()) {
                p.add(at(row, "rules.problem.noVariants"));
            }
            for (PlanVariant v : item.variants()) {
                String vrow = row + ".variants[" + v.rule() + "]";
                if (blank(v.rule())) {
                    p.add(at(vrow, "rules.problem.ruleIdEmpty"));
                } else if (!variantRules.add(v.rule())) {
                    p.add(at(vrow, "rules.problem.duplicateRuleId"));
                }
                if (v.fromHour() != null && v.toHour() != null && v.toHour() <= v.fromHour()) {
                    p.add(at(vrow, "rules.problem.toHourAfterFromHour", v.fromHour(), v.toHour()));
                }
                if (v.fromHour() == null && v.toHour() != null && v.toHour() <= 0) {
                    p.add(at(vrow, "rules.problem.fieldMoreThanZero", "toHour", v.toHour()));
                }
                if (v.fromHour() != null && v.fromHour() < 0) {
                    p.add(at(vrow, "rules.problem.zeroOrMore", "fromHour", v.fromHour()));
                }
                when(vrow, v.when(), refs, p);
            }
        }
        ids("exclusions", r.exclusions(), Exclusion::id, p);
        for (Exclusion e : r.exclusions()) {
            String row = "exclusions[" + e.id() + "]";
            text(row, "reason", e.reason(), p);
            if (e.categories().isEmpty() && e.items().isEmpty()) {
                p.add(at(row, "rules.problem.removesNothing"));
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

    private static void when(String row, When w, Refs refs, List<Phrase> p) {
        w.massageIn().forEach(id -> ref(row, "when.massageIn", id, refs.massages(), p));
        w.severityIn().forEach(id -> ref(row, "when.severityIn", id, refs.severities(), p));
        w.bandIn().forEach(id -> ref(row, "when.bandIn", id, refs.bands(), p));
        w.conditionIn().forEach(id -> ref(row, "when.conditionIn", id, refs.conditions(), p));
        if (w.minFactors() != null && w.minFactors() < 1) {
            p.add(at(row, "rules.problem.oneOrMore", "when.minFactors", w.minFactors()));
        }
    }

    /** Cut-points must cover 0..10 exactly once each: no gap, no overlap. */
    private static void checkCutPoints(List<Severity> severities, List<Phrase> p) {
        for (Severity s : severities) {
            text("severities[" + s.id() + "]", "label", s.label(), p);
            if (s.from() > s.to() || s.from() < 0 || s.to() > 10) {
                p.add(at("severities[" + s.id() + "]", "rules.problem.severityRange", s.from(), s.to()));
            }
        }
        for (int n = 0; n <= 10; n++) {
            int score = n;
            List<String> covering = severities.stream().filter(s -> s.contains(score)).map(Severity::id).toList();
            if (covering.isEmpty()) {
                p.add(at("severities", "rules.problem.gap", n));
            } else if (covering.size() > 1) {
                p.add(at("severities", "rules.problem.overlap", n, String.join(", ", covering)));
            }
        }
    }

    /** HEAT_COLD gives "heat-cold"; Locale.ROOT, as an id must not change with the person's language (Turkish "ı"). */
    private static String idPrefix(Category category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <T> Set<String> ids(String table, List<T> rows, Function<T, String> id, List<Phrase> p) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String value = id.apply(rows.get(i));
            if (blank(value)) {
                p.add(at(table + "[" + i + "]", "rules.problem.idEmpty"));
            } else if (!seen.add(value)) {
                p.add(at(table + "[" + value + "]", "rules.problem.duplicateId"));
            }
        }
        return seen;
    }

    private static void ref(String row, String field, String id, Set<String> known, List<Phrase> p) {
        if (id == null || !known.contains(id)) {
            p.add(at(row, "rules.problem.unknownId", field, String.valueOf(id)));
        }
    }

    private static void text(String row, String field, String value, List<Phrase> p) {
        if (blank(value)) {
            p.add(at(row, "rules.problem.empty", field));
        }
    }

    /**
     * A problem of one row: the row as the file names it ("bands[short]"), the same in every language,
     * then what is wrong in the reader's language.
     */
    static Phrase at(String row, String key, Object... args) {
        return Phrase.of("rules.problem.at", row, Phrase.of(key, args));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
