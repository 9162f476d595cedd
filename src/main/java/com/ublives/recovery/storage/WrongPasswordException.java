package com.ublives.recovery.storage;

/** The encrypted data folder was not opened: the password given (or none) does not open it. */
public final class WrongPasswordException extends StorageException {

    public WrongPasswordException(com.ublives.recovery.i18n.Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }
}
