package com.ublives.recovery.cli;

import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one line that refuses arguments picocli could not read, in the run's language: picocli writes
 * its own in English, so the usual kinds (an unknown option or command, a missing one, one given
 * twice) are said from the bundle; any other keeps picocli's detail behind a sentence of ours.
 */
final class ParseRefusal {

    private ParseRefusal() {
    }

    static String sentence(ParameterException ex) {
        if (ex instanceof UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String listed = args.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", "));
            boolean options = args.stream().allMatch(a -> a.startsWith("-"));
            String line = CliLanguage.say(options ? "parse.unknownOption" : "parse.unknownArgument", listed, args.size());
            List<String> near = unmatched.getSuggestions();
            return near.isEmpty() ? line : line + " " + CliLanguage.say("parse.suggest", String.join(", ", near));
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<ArgSpec> specs = missing.getMissing();
            if (specs.size() == 1 && specs.get(0) instanceof OptionSpec option
                    && ex.getMessage().startsWith("Missing required parameter")) {
                return CliLanguage.say("parse.missingValue", option.longestName(), option.paramLabel());
            }
            String listed = specs.stream().map(ParseRefusal::name).collect(Collectors.joining(", "));
            return CliLanguage.say("parse.missingOption", listed, specs.size());
        }
        if (ex instanceof OverwrittenOptionException twice && twice.getOverwritten() instanceof OptionSpec option) {
            return CliLanguage.say("parse.twice", option.longestName());
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && ex.getCause() instanceof picocli.CommandLine.TypeConversionException) {
            return badValue(ex.getArgSpec(), ex.getValue());
        }
        return CliLanguage.say("parse.other", ex.getMessage());
    }

    /** A value picocli could not convert ("abc" for a number): named with what the option takes, not picocli's English. */
    private static String badValue(ArgSpec spec, String value) {
        Class<?> type = spec.typeInfo().getType();
        String name = spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
        String kind = type == int.class || type == Integer.class || type == long.class || type == Long.class ? "wholeNumber"
                : type == double.class || type == Double.class ? "number" : type == java.nio.file.Path.class ? "path" : "other";
        return CliLanguage.say("parse.badValue", name, value, CliLanguage.say("parse.kind." + kind));
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec option) {
            return "'" + option.longestName() + (option.typeInfo().isBoolean() ? "" : "=" + option.paramLabel()) + "'";
        }
        return "'" + spec.paramLabel() + "'";
    }
}
