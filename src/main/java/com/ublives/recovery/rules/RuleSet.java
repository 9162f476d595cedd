package com.ublives.recovery.rules;

import java.util.List;

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
        List<Exclusion> exclusions) {

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
}
