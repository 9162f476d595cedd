package com.ublives.recovery.storage;

/** The database failed (not the person's input): the cause is the SQLException. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
