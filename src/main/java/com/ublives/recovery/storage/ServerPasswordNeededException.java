package com.ublives.recovery.storage;

/** The clinic server asks for a password and none was given: the command line then asks on the terminal. */
public final class ServerPasswordNeededException extends StorageException {

    ServerPasswordNeededException(com.ublives.recovery.i18n.Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }
}
