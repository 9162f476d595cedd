package com.ublives.recovery.cli;

/**
 * Input a person got wrong: the message is one line that names the option and what is allowed,
 * e.g. "--recovery 9: no such recovery". The command line prints it and exits with status 2.
 */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
