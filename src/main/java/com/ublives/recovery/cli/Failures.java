package com.ublives.recovery.cli;

import com.ublives.recovery.clinic.ChangedElsewhereException;
import com.ublives.recovery.rules.RuleSetChangedException;
import com.ublives.recovery.rules.RuleSetException;
import com.ublives.recovery.storage.StorageException;

import java.io.UncheckedIOException;
import java.util.concurrent.CancellationException;

/**
 * What the command line says about a failure: the sentence of a failure that was written for a person,
 * and for anything else (a bug) a plain statement, never Java's or the database's own text;
 * {@code --verbose} prints the detail after it.
 */
final class Failures {

    private Failures() {
    }

    static String sentence(Throwable failure) {
        boolean forAPerson = failure instanceof StorageException || failure instanceof UncheckedIOException
                || failure instanceof RuleSetException || failure instanceof CancellationException
                || failure instanceof ChangedElsewhereException
                || failure instanceof RuleSetChangedException;
        // Java's text of a file the system refused names its exception class: say what kind of trouble it is
        String message = failure instanceof UncheckedIOException io && !(failure instanceof com.ublives.recovery.i18n.Phrased)
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
