package com.ublives.recovery.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Input that was refused; carries every error so a form can mark each field. */
public class InvalidInputException extends RuntimeException {
    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.stream().map(e -> e.describe("")).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String input, String message) {
        this(List.of(new InputError(input, message)));
    }

    public List<InputError> errors() {
        return errors;
    }

    public InputError first() {
        return errors.get(0);
    }
}
