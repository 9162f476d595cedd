package com.ublives.recovery.ui;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.i18n.PhrasedStateException;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.ResourceBundle;
import java.util.concurrent.CompletionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a window says about a failure: a phrase in the window's language; a file the system refused by its
 * kind; and for a failure that was never written for a person (a bug) a plain sentence, never Java's text.
 */
class FailureTextTest {

    private static final ResourceBundle GERMAN = Language.GERMAN.messages();
    private static final ResourceBundle ENGLISH = Language.ENGLISH.messages();

    @Test
    void aBugsOwnEnglishNeverReachesAPerson() {
        Throwable bug = new CompletionException(new IllegalStateException("a rule set always serialises"));

        assertThat(FailureText.sentence(bug, GERMAN)).isEqualTo("Ein unerwarteter Fehler im Programm hat das verhindert");
        assertThat(FailureText.sentence(bug, ENGLISH)).isEqualTo("An unexpected error in the app stopped this");
        assertThat(FailureText.sentence(new NullPointerException(), GERMAN)).doesNotContain("NullPointer");
    }

    @Test
    void aFileTheSystemRefusedIsNamedByItsKindWithoutJavasClassName() {
        Throwable denied = new CompletionException(new UncheckedIOException(new AccessDeniedException("/daten/settings.properties")));
        Throwable readOnly = new UncheckedIOException(new FileSystemException("/media/stick/x.json", null, "Read-only file system"));

        assertThat(FailureText.sentence(denied, GERMAN))
                .isEqualTo("/daten/settings.properties: das Programm darf diese Datei nicht lesen oder schreiben");
        assertThat(FailureText.sentence(readOnly, GERMAN))
                .isEqualTo("/media/stick/x.json liegt auf einem Datenträger, der nur gelesen werden kann");
        assertThat(FailureText.sentence(denied, ENGLISH)).doesNotContain("java.nio").doesNotContain("Exception");
    }

    @Test
    void noPrinterIsToldInTheWindowsLanguage() {
        Throwable noPrinter = new PhrasedStateException(Phrase.of("sheet.noPrinter"));

        assertThat(FailureText.sentence(noPrinter, GERMAN))
                .isEqualTo("Auf diesem Computer ist kein Drucker eingerichtet. Speichern Sie das Blatt stattdessen als PDF.");
    }
}
