package com.ublives.recovery.datafolder;

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
    public static String problem(char[] typed, char[] again) {
        if (typed == null || typed.length == 0) {
            return "No new password was typed; nothing was changed.";
        }
        if (again == null || !Arrays.equals(typed, again)) {
            return "The two new passwords differ; type the same one twice. Nothing was changed.";
        }
        return Password.problemWithNew(typed);
    }
}
