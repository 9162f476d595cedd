package com.ublives.recovery.rules;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.Phrased;

import java.util.List;

/**
 * Input that was refused; carries every error so a form can mark each field. Its message is the
 * English; a face writes each error's phrase in its own language.
 */
public class InvalidInputException extends RuntimeException implements Phrased {
    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(joined(errors).english());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String input, String message) {
        this(List.of(new InputError(input, message)));
    }

    public InvalidInputException(String input, Phrase says) {
        this(List.of(new InputError(input, says)));
    }

    public List<InputError> errors() {
        return errors;
    }

    public InputError first() {
        return errors.get(0);
    }

    @Override
    public Phrase phrase() {
        return joined(errors);
    }

    private static Phrase joined(List<InputError> errors) {
        return Phrase.joined("; ", errors.stream().map(e -> e.described("")).toList());
    }
}
