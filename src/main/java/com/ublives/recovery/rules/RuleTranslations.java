package com.ublives.recovery.rules;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rule set's texts in the languages other than its own (English), kept in the rule set itself so
 * that they travel with it: export, import, versions and the Content screen's save. In the JSON
 * document: {@code "translations": {"de": {"redFlags": {"fever": {"label": "...", "action": "..."}}}}},
 * that is language, then part of the rule set, then the row's id, then the text's field. A row or a
 * field without a translation keeps the rule set's own text (a clinic's own entry before it is
 * translated); a language, part, id or field the rule set does not have is a refusal, as any other
 * problem of a rule set.
 */
public final class RuleTranslations {

    /** The languages a rule set may carry texts in besides its own: the codes of i18n/Language but English. */
    public static final List<String> LANGUAGES = List.of("de");

    /** Each part of the rule set a person reads, and the fields of its rows that may be translated. */
    public static final Map<String, List<String>> FIELDS = fields();

    /** The band's course with its hours: "{min}–{max}" in the language's own sentence. */
    public static final String MIN = "{min}";
    public static final String MAX = "{max}";

    public static final RuleTranslations NONE = new RuleTranslations(Map.of());

    /** language → part → id → field → text, in the order of the document. */
    private final Map<String, Map<String, Map<String, Map<String, String>>>> texts;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public RuleTranslations(Map<String, Map<String, Map<String, Map<String, String>>>> texts) {
        Map<String, Map<String, Map<String, Map<String, String>>>> copy = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach((language, parts) -> {
                Map<String, Map<String, Map<String, String>>> p = new LinkedHashMap<>();
                if (parts != null) {
                    parts.forEach((part, rows) -> {
                        Map<String, Map<String, String>> r = new LinkedHashMap<>();
                        if (rows != null) {
                            // a null text stays in, so that the check names it instead of it vanishing
                            rows.forEach((id, fields) -> r.put(id, fields == null ? Map.of()
                                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields))));
                        }
                        p.put(part, java.util.Collections.unmodifiableMap(r));
                    });
                }
                copy.put(language, java.util.Collections.unmodifiableMap(p));
            });
        }
        this.texts = java.util.Collections.unmodifiableMap(copy);
    }

    @JsonValue
    public Map<String, Map<String, Map<String, Map<String, String>>>> texts() {
        return texts;
    }

    public boolean isEmpty() {
        return texts.isEmpty();
    }

    /** Whether the rule set carries texts in this language. */
    public boolean has(String language) {
        return language != null && texts.containsKey(language);
    }

    /** The translated text, or null when there is none. */
    public String text(String language, String part, String id, String field) {
        String t = texts.getOrDefault(language, Map.of()).getOrDefault(part, Map.of())
                .getOrDefault(id, Map.of()).get(field);
        return t == null || t.isBlank() ? null : t;
    }

    /**
     * Every problem of the translations, each naming its place: a language, part or field the rule set
     * cannot have, or an empty text. Rows of ids the rule set does not have are dropped when the rule set
     * is built (a deleted row takes its texts with it); a document that names one is refused by
     * {@link RuleSetJson#parse}, see {@link #unknownIds}.
     */
    List<com.ublives.recovery.i18n.Phrase> problems() {
        List<com.ublives.recovery.i18n.Phrase> p = new ArrayList<>();
        texts.forEach((language, parts) -> {
            String at = "translations." + language;
            if (!LANGUAGES.contains(language)) {
                p.add(phrase("rules.translations.language", at, String.join(", ", LANGUAGES)));
                return;
            }
            parts.forEach((part, rows) -> {
                List<String> allowed = FIELDS.get(part);
                if (allowed == null) {
                    p.add(phrase("rules.translations.part", at + "." + part, String.join(", ", FIELDS.keySet())));
                    return;
                }
                rows.forEach((id, fields) -> fields.forEach((field, text) -> {
                    String row = at + "." + part + "[" + id + "]";
                    if (!allowed.contains(field)) {
                        p.add(phrase("rules.json.unknownField", row, field, String.join(", ", allowed)));
                    } else if (text == null || text.isBlank()) {
                        p.add(phrase("rules.translations.empty", row + "." + field));
                    } else if ("course".equals(field) && !(text.contains(MIN) && text.contains(MAX))) {
                        p.add(phrase("rules.translations.course", row + ".course", MIN, MAX));
                    }
                }));
            });
        });
        return p;
    }

    /** Rows that name an id the rule set does not have (a typo, or a row deleted without its texts). */
    List<com.ublives.recovery.i18n.Phrase> unknownIds(RuleSet r) {
        Map<String, Set<String>> ids = ids(r.bands(), r.massageTypes(), r.severities(), r.factors(), r.redFlags(),
                r.conditions(), r.warningRules(), r.planItems(), r.exclusions());
        List<com.ublives.recovery.i18n.Phrase> p = new ArrayList<>();
        texts.forEach((language, parts) -> parts.forEach((part, rows) -> rows.keySet().stream()
                .filter(id -> ids.containsKey(part) && !ids.get(part).contains(id))
                .forEach(id -> p.add(phrase("rules.translations.unknownId",
                        "translations." + language + "." + part + "[" + id + "]", part)))));
        return p;
    }

    /** These translations without the rows of ids not in {@code ids} (part → ids); the same when there are none. */
    RuleTranslations keepingRowsOf(Map<String, Set<String>> ids) {
        boolean orphans = texts.values().stream().anyMatch(parts -> parts.entrySet().stream()
                .anyMatch(e -> ids.containsKey(e.getKey()) && !ids.get(e.getKey()).containsAll(e.getValue().keySet())));
        if (!orphans) {
            return this;
        }
        Map<String, Map<String, Map<String, Map<String, String>>>> kept = new LinkedHashMap<>();
        texts.forEach((language, parts) -> {
            Map<String, Map<String, Map<String, String>>> p = new LinkedHashMap<>();
            parts.forEach((part, rows) -> {
                Map<String, Map<String, String>> r = new LinkedHashMap<>(rows);
                if (ids.containsKey(part)) {
                    r.keySet().retainAll(ids.get(part));
                }
                p.put(part, r);
            });
            kept.put(language, p);
        });
        return new RuleTranslations(kept);
    }

    /** The ids of each translatable part of a rule set. */
    static Map<String, Set<String>> ids(List<Band> bands, List<MassageType> massageTypes, List<Severity> severities,
                                        List<Factor> factors, List<RedFlag> redFlags, List<HealthCondition> conditions,
                                        List<WarningRule> warningRules, List<PlanItem> planItems,
                                        List<Exclusion> exclusions) {
        Map<String, Set<String>> ids = new LinkedHashMap<>();
        ids.put("bands", ids(bands, Band::id));
        ids.put("massageTypes", ids(massageTypes, MassageType::id));
        ids.put("severities", ids(severities, Severity::id));
        ids.put("factors", ids(factors, Factor::id));
        ids.put("redFlags", ids(redFlags, RedFlag::id));
        ids.put("conditions", ids(conditions, HealthCondition::id));
        ids.put("warningRules", ids(warningRules, WarningRule::code));
        ids.put("planItems", ids(planItems, PlanItem::id));
        ids.put("exclusions", ids(exclusions, Exclusion::id));
        return ids;
    }

    /** The ids of the bundled rule set's rows that lack a text in this language ("redFlags[fever].action"). */
    public List<String> missing(RuleSet r, String language) {
        List<String> m = new ArrayList<>();
        r.bands().forEach(b -> need(m, language, "bands", b.id()));
        r.massageTypes().forEach(x -> need(m, language, "massageTypes", x.id()));
        r.severities().forEach(x -> need(m, language, "severities", x.id()));
        r.factors().forEach(x -> need(m, language, "factors", x.id()));
        r.redFlags().forEach(x -> need(m, language, "redFlags", x.id()));
        r.conditions().forEach(x -> need(m, language, "conditions", x.id()));
        r.warningRules().forEach(x -> need(m, language, "warningRules", x.code()));
        r.planItems().forEach(x -> need(m, language, "planItems", x.id()));
        r.exclusions().forEach(x -> need(m, language, "exclusions", x.id()));
        return m;
    }

    private void need(List<String> missing, String language, String part, String id) {
        for (String field : FIELDS.get(part)) {
            if (text(language, part, id, field) == null) {
                missing.add(part + "[" + id + "]." + field);
            }
        }
    }

    private static <T> Set<String> ids(List<T> rows, Function<T, String> id) {
        return rows == null ? Set.of() : rows.stream().map(id).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("bands", List.of("label", "description", "course"));
        f.put("massageTypes", List.of("name"));
        f.put("severities", List.of("label"));
        f.put("factors", List.of("label", "advice"));
        f.put("redFlags", List.of("label", "action"));
        f.put("conditions", List.of("label"));
        f.put("warningRules", List.of("message"));
        f.put("planItems", List.of("title", "text"));
        f.put("exclusions", List.of("reason"));
        return java.util.Collections.unmodifiableMap(f);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleTranslations t && t.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return texts.hashCode();
    }

    @Override
    public String toString() {
        return "RuleTranslations" + texts.keySet();
    }

    private static com.ublives.recovery.i18n.Phrase phrase(String key, Object... args) {
        return com.ublives.recovery.i18n.Phrase.of(key, args);
    }
}
