package com.ublives.recovery.storage;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The password of an encrypted data folder, as a person typed it. H2 takes "filePassword userPassword"
 * and splits at the first space, so a pass phrase with spaces would lose all but its first word: the
 * file password is the phrase's UTF-8 bytes in hex instead (no spaces, nothing lost), and the user
 * password stays empty as in an unencrypted folder. It only ever reaches H2 as a connection property,
 * never inside a URL.
 */
public final class Password {

    /** Short enough to type, long enough that guessing from a stolen file is not trivial. */
    public static final int MIN_LENGTH = 8;

    private final char[] fileKey;

    private Password(char[] fileKey) {
        this.fileKey = fileKey;
    }

    public static Password of(char[] typed) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(typed));
        char[] hex = new char[bytes.remaining() * 2];
        for (int i = 0; bytes.hasRemaining(); i += 2) {
            int b = bytes.get() & 0xff;
            hex[i] = Character.forDigit(b >> 4, 16);
            hex[i + 1] = Character.forDigit(b & 0xf, 16);
        }
        Arrays.fill(bytes.array(), (byte) 0);
        return new Password(hex);
    }

    /** A new password must be long enough; null when it is, else the sentence saying what is needed. */
    public static String problemWithNew(char[] typed) {
        return typed.length < MIN_LENGTH
                ? "The password must have at least " + MIN_LENGTH + " characters; nothing was changed." : null;
    }

    /** The key H2's file tools take (ChangeFileEncryption). */
    char[] fileKey() {
        return fileKey.clone();
    }

    /** The password property of a connection to the encrypted file (CIPHER=AES). */
    String connectionPassword() {
        return new String(fileKey) + " ";
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
