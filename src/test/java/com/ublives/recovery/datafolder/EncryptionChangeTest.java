package com.ublives.recovery.datafolder;

import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.WrongPasswordException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What both faces decide about encryption before any file is touched. */
class EncryptionChangeTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheChangesThatFitTheFolderAreOffered() {
        assertThat(EncryptionChange.thatApply(false)).containsExactly(EncryptionChange.ON);
        assertThat(EncryptionChange.thatApply(true)).containsExactly(EncryptionChange.CHANGE, EncryptionChange.OFF);
    }

    @Test
    void aNewPasswordMustBeGivenTypedTheSameTwiceAndLongEnough() {
        assertThat(NewPassword.problem("".toCharArray(), "".toCharArray()).english())
                .isEqualTo("No new password was typed; nothing was changed.");
        assertThat(NewPassword.problem("long enough".toCharArray(), "long enuogh".toCharArray()).english())
                .isEqualTo("The two new passwords differ; type the same one twice. Nothing was changed.");
        assertThat(NewPassword.problem("short".toCharArray(), "short".toCharArray()).english())
                .isEqualTo("The password must have at least 8 characters; nothing was changed.");
        assertThat(NewPassword.problem("short".toCharArray(), "short".toCharArray()).in(com.ublives.recovery.i18n.Language.GERMAN))
                .isEqualTo("Das Passwort muss mindestens 8 Zeichen haben; es wurde nichts geändert.");
        assertThat(NewPassword.problem("long enough".toCharArray(), "long enough".toCharArray())).isNull();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedBeforeTheWindowsDataIsClosed() {
        List<String> happened = new ArrayList<>();
        FolderSession<AutoCloseable> session = new FolderSession<>(new DataFolder(dir, Clock.systemUTC()), password -> {
            happened.add("opened");
            return () -> happened.add("closed");
        }, services -> null);
        Password right = Password.of("correct horse".toCharArray());
        session.open(right);

        assertThat(session.encrypted()).isTrue();
        assertThat(session.isCurrentPassword(right)).isTrue();
        assertThatThrownBy(() -> session.changeEncryption(EncryptionChange.OFF, Password.of("wrong one".toCharArray()), null))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessage("That is not the current password of the data folder " + dir + "; nothing was changed.");
        assertThat(happened).containsExactly("opened");
    }
}
