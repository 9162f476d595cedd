package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.i18n.Language;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's sheet prints in the client's language, whatever the desk's: read back from the PDF. The
 * client's language is stored with the client (V8) and holds when the client is read again.
 */
class ClientLanguageSheetTest {

    @TempDir
    Path dir;

    @Test
    void aGermanDeskPrintsAnEnglishClientsSheetInEnglishAndAnEnglishDeskAGermanClientsInGerman() throws IOException {
        try (ClinicFixture f = ClinicFixture.direct(dir)) {
            f.setUpClinic();
            Client english = f.clinic.addClient(new Client(null, "Emma Jones", "", "", List.of(), "", 0, Language.ENGLISH));
            Client german = f.clinic.addClient(new Client(null, "Jonas Weber", "", "", List.of("blood-thinners"), "", 0, Language.GERMAN));
            assertThat(f.clinic.client(german.id()).orElseThrow().language()).isEqualTo(Language.GERMAN);
            ClinicSession forEmma = f.session(english, ClinicFixture.NOW.minusHours(2), "deep-tissue", 5);
            ClinicSession forJonas = f.session(german, ClinicFixture.NOW.minusHours(1), "deep-tissue", 5);

            f.services.planner().speak("de"); // the desk reads German
            String emmas = text(f.pages.pdf(f.sheets.forSession(forEmma.id(), null)));
            assertThat(emmas).contains("Your aftercare plan", "What to expect", "Usually eases within 24–48 h",
                    "Drink water", "12 May 2026");
            assertThat(emmas).doesNotContain("Nachsorgeplan", "Wasser trinken");

            f.services.planner().speak("en"); // the desk reads English
            String jonas = text(f.pages.pdf(f.sheets.forSession(forJonas.id(), null)));
            assertThat(jonas).contains("Ihr Nachsorgeplan", "Was Sie erwarten können", "Klingt meist innerhalb von 24–48 h ab",
                    "Wasser trinken", "Bewusst weggelassen", "Mit blutverdünnenden Mitteln nicht empfohlen", "12. Mai 2026",
                    "Erste 24 Stunden");
            assertThat(jonas).doesNotContain("Your aftercare plan", "Drink water", "First 24 hours");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // one line per visual line: words a sheet wraps are joined again by a space
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
