package com.ublives.recovery.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.function.Function;

/**
 * The whole clinical content as one immutable value. Loaded from JSON or the database,
 * checked by {@link RuleSetValidator}, and handed to {@link RuleEngine}.
 */
public record RuleSet(
        String version,
        int watchHours,
        List<Band> bands,
        List<MassageType> massageTypes,
        List<Severity> severities,
        List<Factor> factors,
        List<RedFlag> redFlags,
        List<HealthCondition> conditions,
        List<BandRule> bandRules,
        List<WarningRule> warningRules,
        List<PlanItem> planItems,
        List<Exclusion> exclusions,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) RuleTranslations translations) {

    /** A rule set with its own (English) texts only. */
    public RuleSet(String version, int watchHours, List<Band> bands, List<MassageType> massageTypes,
                   List<Severity> severities, List<Factor> factors, List<RedFlag> redFlags,
                   List<HealthCondition> conditions, List<BandRule> bandRules, List<WarningRule> warningRules,
                   List<PlanItem> planItems, List<Exclusion> exclusions) {
        this(version, watchHours, bands, massageTypes, severities, factors, redFlags, conditions, bandRules,
                warningRules, planItems, exclusions, RuleTranslations.NONE);
    }

    public RuleSet {
        bands = copy(bands);
        massageTypes = copy(massageTypes);
        severities = copy(severities);
        factors = copy(factors);
        redFlags = copy(redFlags);
        conditions = copy(conditions);
        bandRules = copy(bandRules);
        warningRules = copy(warningRules);
        planItems = copy(planItems);
        exclusions = copy(exclusions);
        // a row's texts go with it: a deleted row leaves no translation behind to refuse the set for
        translations = (translations == null ? RuleTranslations.NONE : translations).keepingRowsOf(RuleTranslations.ids(
                bands, massageTypes, severities, factors, redFlags, conditions, warningRules, planItems, exclusions));
    }

    /**
     * The same rules with every text a person reads in this language (a code of i18n/Language: "en",
     * "de"), each taken from {@link #translations()} and, where a row has none (a clinic's own entry not
     * yet translated), the row's own text. The rule set itself, unchanged, for English, null or a
     * language it has no texts in. Ids, levels, hours and conditions are the same, so the engine's
     * outcome differs only in its words; translations are kept, so the result can be put in any
     * language again, but it is for reading: store and edit the rule set itself.
     */
    public RuleSet in(String language) {
        if (!translations.has(language)) {
            return this;
        }
        Texts t = new Texts(translations, language);
        return new RuleSet(version, watchHours,
                map(bands, b -> new Band(b.id(), t.of("bands", b.id(), "label", b.label()),
                        t.of("bands", b.id(), "description", b.description()), b.minHours(), b.maxHours(),
                        b.openEnded(), t.of("bands", b.id(), "course", b.courseWording()))),
                map(massageTypes, m -> new MassageType(m.id(), t.of("massageTypes", m.id(), "name", m.name()), m.baseBand())),
                map(severities, s -> new Severity(s.id(), t.of("severities", s.id(), "label", s.label()), s.from(), s.to())),
                map(factors, f -> new Factor(f.id(), t.of("factors", f.id(), "label", f.label()),
                        t.of("factors", f.id(), "advice", f.advice()))),
                map(redFlags, f -> new RedFlag(f.id(), f.level(), t.of("redFlags", f.id(), "label", f.label()),
                        t.of("redFlags", f.id(), "action", f.action()))),
                map(conditions, c -> new HealthCondition(c.id(), t.of("conditions", c.id(), "label", c.label()))),
                bandRules,
                map(warningRules, w -> new WarningRule(w.code(), w.level(), w.when(),
                        t.of("warningRules", w.code(), "message", w.message()))),
                map(planItems, i -> new PlanItem(i.id(), i.category(), t.of("planItems", i.id(), "title", i.title()),
                        t.of("planItems", i.id(), "text", i.text()), i.variants())),
                map(exclusions, e -> new Exclusion(e.id(), e.when(), e.categories(), e.items(),
                        t.of("exclusions", e.id(), "reason", e.reason()))),
                translations);
    }

    private record Texts(RuleTranslations translations, String language) {
        String of(String part, String id, String field, String own) {
            String text = translations.text(language, part, id, field);
            return text == null ? own : text;
        }
    }

    private static <T> List<T> map(List<T> rows, Function<T, T> f) {
        return rows.stream().map(f).toList();
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    public Band band(String id) {
        return bands.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
    }

    public MassageType massageType(String id) {
        return massageTypes.stream().filter(m -> m.id().equals(id)).findFirst().orElse(null);
    }

    public Severity severityOf(int soreness) {
        return severities.stream().filter(s -> s.contains(soreness)).findFirst().orElse(null);
    }

    public RedFlag redFlag(String id) {
        return redFlags.stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
    }

    /**
     * The message the engine gives with a warning of this code in this set's texts, or null when the set
     * gives no such warning: a red flag's sign and action, a warning rule's message, a factor's advice.
     */
    public String warningMessage(String code) {
        if (code.startsWith(RuleEngine.RED_FLAG_PREFIX)) {
            RedFlag flag = redFlag(code.substring(RuleEngine.RED_FLAG_PREFIX.length()));
            return flag == null ? null : flag.message();
        }
        if (code.startsWith(RuleEngine.FACTOR_PREFIX)) {
            String id = code.substring(RuleEngine.FACTOR_PREFIX.length());
            return factors.stream().filter(f -> f.id().equals(id)).map(Factor::advice).findFirst().orElse(null);
        }
        return warningRules.stream().filter(r -> r.code().equals(code)).map(WarningRule::message).findFirst().orElse(null);
    }
}
