package com.ublives.recovery.storage;

import com.ublives.recovery.i18n.Phrase;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The password of an encrypted data folder, as the key made from what a person typed. H2 takes
 * "filePassword userPassword" and splits at the first space, so a pass phrase with spaces would lose
 * all but its first word: the file key is the phrase's UTF-8 bytes in hex instead (no spaces, nothing
 * lost), and the user password stays empty as in an unencrypted folder. It only ever reaches H2 as a
 * connection property, never inside a URL, and it never prints.
 * <p>
 * A plain value, handed from the face that asked for it (a dialog, the terminal) through the services
 * to storage: {@link #of} makes it from the typed characters.
 */
public record Password(String fileKey) {

    /** Short enough to type, long enough that guessing from a stolen file is not trivial. */
    public static final int MIN_LENGTH = 8;

    public Password {
        if (fileKey == null || fileKey.length() % 2 != 0 || !fileKey.chars().allMatch(Password::isHexDigit)) {
            throw new IllegalArgumentException("A file key is the hex of the typed password, as Password.of makes it");
        }
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
        Password password = new Password(new String(hex));
        Arrays.fill(hex, '\0');
        return password;
    }

    /** A new password must be long enough; null when it is, else the sentence saying what is needed. */
    public static Phrase problemWithNew(char[] typed) {
        return typed.length < MIN_LENGTH ? Phrase.of("password.short", MIN_LENGTH) : null;
    }

    /** The password property of a connection to the encrypted file (CIPHER=AES). */
    String connectionPassword() {
        return fileKey + " ";
    }

    private static boolean isHexDigit(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }

    @Override
    public String toString() {
        return "Password[hidden]";
    }
}
