package com.ublives.recovery.datafolder;

import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.storage.Password;

import java.util.Arrays;

/**
 * A new password, typed twice, checked the same on the terminal and in the window: given, the same
 * both times, and long enough ({@link Password#problemWithNew}).
 */
public final class NewPassword {

    private NewPassword() {
    }

    /** Null when the two typings make a good new password, else the sentence naming what is wrong. */
    public static Phrase problem(char[] typed, char[] again) {
        if (typed == null || typed.length == 0) {
            return Phrase.of("password.none");
        }
        if (again == null || !Arrays.equals(typed, again)) {
            return Phrase.of("password.differ");
        }
        return Password.problemWithNew(typed);
    }
}
