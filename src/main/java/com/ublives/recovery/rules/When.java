package com.ublives.recovery.rules;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * The condition of a rule: every field that is set must hold (AND); an empty When always holds.
 * Lists mean "any of". The fields are the only vocabulary rules can use, which keeps the rule set
 * data while the engine stays small and fast.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record When(
        List<String> massageIn,
        List<String> severityIn,
        List<PainQuality> qualityIn,
        List<String> bandIn,
        List<Status> statusIn,
        Integer minFactors,
        Double hoursAbove,
        Integer sorenessRiseAtLeast,
        Level redFlagLevelAtLeast,
        List<String> conditionIn) {

    public static final When ALWAYS = new When(null, null, null, null, null, null, null, null, null, null);

    public When {
        massageIn = copy(massageIn);
        severityIn = copy(severityIn);
        qualityIn = copy(qualityIn);
        bandIn = copy(bandIn);
        statusIn = copy(statusIn);
        conditionIn = copy(conditionIn);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
