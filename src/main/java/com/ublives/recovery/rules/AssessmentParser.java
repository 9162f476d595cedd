package com.ublives.recovery.rules;

import com.ublives.recovery.i18n.Phrase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns raw input (text from the command line or a form) into a valid {@link Assessment}, or refuses it
 * with errors that name the input and what is allowed. The catalog of ids comes from the rule set.
 */
public final class AssessmentParser {

    /** The largest number of hours taken: more than any time since 1900, so a real massage always fits. */
    public static final int MAX_HOURS = 2_000_000;

    private static final Pattern WHOLE = Pattern.compile("\\+?[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("\\+?([0-9]{1,9}(\\.[0-9]*)?|\\.[0-9]+)");

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
            errors.add(new InputError("massage", Phrase.of("input.massage.required", String.join(", ", ids(rules.massageTypes(), MassageType::id)))));
        } else if (rules.massageType(massage) == null) {
            errors.add(new InputError("massage", Phrase.of("input.oneOf", String.join(", ", ids(rules.massageTypes(), MassageType::id)), massage)));
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
        PainQuality quality;
        try {
            quality = quality("quality", raw.quality());
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
            quality = null;
        }
        return new Values(soreness, previous, quality, hoursValue(raw.hours(), errors));
    }

    private static Integer sorenessValue(String input, String text, boolean required, List<InputError> errors) {
        try {
            return soreness(input, text, required);
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
            return null;
        }
    }

    private static double hoursValue(String text, List<InputError> errors) {
        try {
            return hours("hours", text);
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
            return 0;
        }
    }

    /**
     * A soreness as typed: a whole number from 0 to 10 in ASCII digits ("٣" and "4.5" are not), or null
     * when the text is no such number. The one reading of soreness for every form and command.
     */
    public static Integer wholeSoreness(String text) {
        if (text == null || !WHOLE.matcher(text.strip()).matches()) {
            return null;
        }
        int value = Integer.parseInt(text.strip());
        return value <= 10 ? value : null;
    }

    /**
     * A soreness option: null when not given and not required; an empty value or anything but a whole
     * number from 0 to 10 is refused under the input's name.
     */
    public static Integer soreness(String input, String text, boolean required) {
        if (text == null && !required) {
            return null;
        }
        if (text == null || (text.isBlank() && required)) {
            throw new InvalidInputException(input, Phrase.of("input.soreness.required"));
        }
        Integer value = wholeSoreness(text);
        if (value == null) {
            throw new InvalidInputException(input, Phrase.of("input.soreness.range", shown(text)));
        }
        return value;
    }

    /** A pain quality as given: null (not given) is achy; anything but "achy" or "sharp" is refused under the input's name. */
    public static PainQuality quality(String input, String text) {
        if (text == null) {
            return PainQuality.ACHY;
        }
        PainQuality quality = PainQuality.fromId(text);
        if (quality == null) {
            throw new InvalidInputException(input, Phrase.of("input.quality", text));
        }
        return quality;
    }

    /**
     * Hours since the massage: null (not given) is 0; otherwise ASCII digits with an optional decimal
     * point, from 0 to {@link #MAX_HOURS}. An empty value, NaN, Infinity and 1e308 are refused.
     */
    public static double hours(String input, String text) {
        if (text == null) {
            return 0;
        }
        if (DECIMAL.matcher(text.strip()).matches()) {
            double value = Double.parseDouble(text.strip());
            if (value <= MAX_HOURS) {
                return value;
            }
        }
        throw new InvalidInputException(input, Phrase.of("input.hours", MAX_HOURS, shown(text)));
    }

    private static Object shown(String text) {
        return text.isBlank() ? Phrase.of("input.empty") : text;
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
                errors.add(new InputError(input, Phrase.of("input.oneOf", String.join(", ", allowed), id)));
            }
        }
        return result;
    }

    private static <T> List<String> ids(List<T> rows, Function<T, String> id) {
        return rows.stream().map(id).collect(Collectors.toList());
    }
}
