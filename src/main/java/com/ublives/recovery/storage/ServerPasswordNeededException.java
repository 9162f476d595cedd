package com.ublives.recovery.storage;

/** The clinic server asks for a password and none was given: the command line then asks on the terminal. */
public final class ServerPasswordNeededException extends StorageException {

    ServerPasswordNeededException(String message, Throwable cause) {
        super(message, cause);
    }
}
