package com.ublives.recovery.cli;

import com.ublives.recovery.rules.RuleSetException;

import java.io.UncheckedIOException;

/**
 * What the command line says about a failure: the sentence of a failure that was written for a person,
 * and for anything else (a bug) a plain statement, never Java's or the database's own text;
 * {@code --verbose} prints the detail after it.
 */
final class Failures {

    private Failures() {
    }

    static String sentence(Throwable failure) {
        // only a failure told as a phrase (written for a person, in every language) is said as it is
        boolean forAPerson = failure instanceof com.ublives.recovery.i18n.Phrased || failure instanceof UncheckedIOException;
        // An UncheckedIOException made from the IOException alone carries Java's text ("java.nio.file.
        // AccessDeniedException: /x"): say what kind of trouble it is. One the command line made has its words.
        String message = failure instanceof UncheckedIOException io && !(failure instanceof com.ublives.recovery.i18n.Phrased)
                && io.getCause() != null && String.valueOf(io.getCause()).equals(io.getMessage())
                ? CliLanguage.say(com.ublives.recovery.i18n.FileTrouble.of(io.getCause())) : CliLanguage.words(failure);
        if (!forAPerson || message == null || message.isBlank()) {
            return CliLanguage.say("failure.unexpected", Cli.VERBOSE);
        }
        if (failure instanceof RuleSetException) {
            return message; // one problem a line, each written for a person
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
