package com.ublives.recovery.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns raw input (text from the command line or a form) into a valid {@link Assessment}, or refuses it
 * with errors that name the input and what is allowed. The catalog of ids comes from the rule set.
 */
public final class AssessmentParser {

    private final RuleSet rules;

    public AssessmentParser(RuleSet rules) {
        this.rules = rules;
    }

    /** Raw values as typed; null means "not given" and takes the default of docs/rules.md, "Inputs of one assessment". */
    public record Raw(String massage, String soreness, String quality, String hours, String previousSoreness,
                      Collection<String> factors, Collection<String> redFlags, Collection<String> conditions) {
    }

    public Assessment parse(Raw raw) {
        List<InputError> errors = new ArrayList<>();
        String massage = raw.massage();
        if (massage == null || massage.isBlank()) {
            errors.add(new InputError("massage", "is required; one of " + String.join(", ", ids(rules.massageTypes(), MassageType::id))));
        } else if (rules.massageType(massage) == null) {
            errors.add(new InputError("massage", "must be one of " + String.join(", ", ids(rules.massageTypes(), MassageType::id)) + ", got " + massage));
        }
        Values values = values(raw, errors);
        Set<String> factors = known("factor", raw.factors(), ids(rules.factors(), Factor::id), errors);
        Set<String> redFlags = known("red-flag", raw.redFlags(), ids(rules.redFlags(), RedFlag::id), errors);
        Set<String> conditions = known("condition", raw.conditions(), ids(rules.conditions(), HealthCondition::id), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Assessment(massage, values.soreness(), values.quality(), values.hours(), values.previous(),
                factors, redFlags, conditions);
    }

    /**
     * The checks that need no rule set (soreness, previous soreness, quality, hours), so the command
     * line can refuse such input before it opens a data folder; {@link #parse} makes them again.
     * Without a massage type it checks nothing: that error comes first and names the rule set's ids.
     */
    public static void checkValues(Raw raw) {
        if (raw.massage() == null || raw.massage().isBlank()) {
            return;
        }
        List<InputError> errors = new ArrayList<>();
        values(raw, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private record Values(Integer soreness, Integer previous, PainQuality quality, double hours) {
    }

    private static Values values(Raw raw, List<InputError> errors) {
        Integer soreness = sorenessValue("soreness", raw.soreness(), true, errors);
        Integer previous = sorenessValue("previous-soreness", raw.previousSoreness(), false, errors);
        PainQuality quality = PainQuality.ACHY;
        if (raw.quality() != null) {
            quality = PainQuality.fromId(raw.quality());
            if (quality == null) {
                errors.add(new InputError("quality", "must be achy or sharp, got " + raw.quality()));
            }
        }
        return new Values(soreness, previous, quality, hoursValue(raw.hours(), errors));
    }

    private static Integer sorenessValue(String input, String text, boolean required, List<InputError> errors) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.add(new InputError(input, "is required: a whole number from 0 to 10"));
            }
            return null;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= 0 && value <= 10) {
                return value;
            }
        } catch (NumberFormatException notWhole) {
            // falls through to the message below, which covers 4.5 and words alike
        }
        errors.add(new InputError(input, "must be a whole number from 0 to 10, got " + text));
        return null;
    }

    private static double hoursValue(String text, List<InputError> errors) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // falls through
        }
        errors.add(new InputError("hours", "must be a number of hours of 0 or more, got " + text));
        return 0;
    }

    private static Set<String> known(String input, Collection<String> given, List<String> allowed, List<InputError> errors) {
        Set<String> result = new LinkedHashSet<>();
        if (given == null) {
            return result;
        }
        for (String id : given) {
            if (allowed.contains(id)) {
                result.add(id);
            } else {
                errors.add(new InputError(input, "must be one of " + String.join(", ", allowed) + ", got " + id));
            }
        }
        return result;
    }

    private static <T> List<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toList());
    }
}
