package com.ublives.recovery.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns each {@link When} of one rule set into a {@link Condition}: every id it names becomes its
 * position in the rule set's list (the first, if an id repeats), so a condition and the facts of an
 * assessment agree on what each position means.
 */
final class ConditionCompiler {

    private final Map<String, Integer> massagePosition;
    private final int massageCount;
    private final Map<String, Integer> severityPosition;
    private final int severityCount;
    private final Map<String, Integer> bandRank;
    private final int bandCount;
    private final Map<String, Integer> conditionPosition;

    ConditionCompiler(RuleSet rules) {
        massagePosition = firstPositions(rules.massageTypes(), MassageType::id);
        massageCount = rules.massageTypes().size();
        severityPosition = firstPositions(rules.severities(), Severity::id);
        severityCount = rules.severities().size();
        bandRank = firstPositions(rules.bands(), Band::id);
        bandCount = rules.bands().size();
        // numbered densely over distinct ids: a repeated id takes no position of its own
        conditionPosition = new HashMap<>();
        for (HealthCondition c : rules.conditions()) {
            conditionPosition.putIfAbsent(c.id(), conditionPosition.size());
        }
    }

    /** Position of each id in the list; an id that repeats keeps its first position. */
    static <T> Map<String, Integer> firstPositions(List<T> list, Function<T, String> id) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            positions.putIfAbsent(id.apply(list.get(i)), i);
        }
        return positions;
    }

    Condition compile(When when) {
        int qualityBits = 0;
        for (PainQuality q : when.qualityIn()) {
            qualityBits |= 1 << q.ordinal();
        }
        int statusBits = 0;
        for (Status s : when.statusIn()) {
            statusBits |= 1 << s.ordinal();
        }
        return new Condition(
                table(when.massageIn(), massagePosition, massageCount),
                table(when.severityIn(), severityPosition, severityCount),
                qualityBits,
                table(when.bandIn(), bandRank, bandCount),
                statusBits,
                when.minFactors() == null ? 0 : when.minFactors(),
                when.hoursAbove(),
                when.sorenessRiseAtLeast(),
                when.redFlagLevelAtLeast() == null ? -1 : when.redFlagLevelAtLeast().ordinal(),
                table(when.conditionIn(), conditionPosition, conditionPosition.size()));
    }

    Map<String, Integer> massagePositions() {
        return massagePosition;
    }

    Map<String, Integer> bandRanks() {
        return bandRank;
    }

    Map<String, Integer> conditionPositions() {
        return conditionPosition;
    }

    /** Which positions the ids name; null for no ids (no constraint). Unknown ids admit nothing. */
    private static boolean[] table(List<String> ids, Map<String, Integer> positions, int size) {
        if (ids.isEmpty()) {
            return null;
        }
        boolean[] admitted = new boolean[size];
        for (String id : ids) {
            Integer position = positions.get(id);
            if (position != null) {
                admitted[position] = true;
            }
        }
        return admitted;
    }
}
