package com.ublives.recovery.cli.clinic;

import com.ublives.recovery.cli.Cli;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.NewSession;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.clinic.sheet.SheetFixtures;
import com.ublives.recovery.storage.Database;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import com.ublives.recovery.server.Store;
import com.ublives.recovery.storage.DataLocation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The clinic's commands and sheets, on an H2 data folder and on a real PostgreSQL server (--db-url). */
@ParameterizedClass(name = "on {0}")
@EnumSource(Store.class)
class ClinicCliTest {

    @Parameter
    Store store;
    @TempDir
    Path dataDir;
    private DataLocation where;

    private DataLocation where() {
        where = where == null ? store.create(dataDir) : where;
        return where;
    }

    @TempDir
    Path folder;

    private record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(Store.options(where()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Path logo() throws IOException {
        return Files.write(folder.resolve("logo.png"), SheetFixtures.logoPng());
    }

    @Test
    void clinicSetThenSheetPrintsTheClinicAndTheClient() throws IOException {
        Run set = run("clinic", "set", "--name", "Harbour Street Massage", "--phone", "+48 58 123 45 67",
                "--logo", logo().toString(), "--paper", "letter", "--footer", "Open Mon–Sat");
        assertThat(set.status()).as(set.err()).isZero();

        Path pdf = folder.resolve("zoe.pdf");
        Run sheet = run("sheet", "--massage", "deep-tissue", "--soreness", "5", "--client", "Zoë Łukasz-Müller",
                "--therapist", "Anna Nowak", "--date", "2026-05-12", "--out", pdf.toString());
        assertThat(sheet.status()).as(sheet.err()).isZero();
        assertThat(sheet.err()).isEmpty();
        String text = pdfText(pdf);
        assertThat(text).contains("Harbour Street Massage", "Zoë Łukasz-Müller", "12 May 2026", "Anna Nowak", "Deep tissue",
                "24–48 h", "Get care now if", "If you are still sore after 72 hours, call us at +48 58 123 45 67.", "Open Mon–Sat");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getPage(0).getMediaBox().getHeight()).as("the clinic's default paper").isEqualTo(792f);
        }
    }

    @Test
    void aSheetPrintsAnArabicClinicAndClientAndNamesOnStderrWhatNoFontHas() throws IOException {
        assertThat(run("clinic", "set", "--name", "عيادة الميناء للتدليك", "--phone", "+20 3 123 4567").status()).isZero();

        Path pdf = folder.resolve("sheet.pdf");
        Run sheet = run("sheet", "--massage", "deep-tissue", "--soreness", "5", "--client", "محمد عبد الله \uD83D\uDE00",
                "--therapist", "שרה כהן", "--date", "2026-05-12", "--out", pdf.toString());

        assertThat(sheet.status()).as(sheet.err()).isZero();
        assertThat(sheet.out().strip()).isEqualTo("Wrote " + pdf + " (1 page)");
        assertThat(sheet.err().lines().toList()).containsExactly(
                "Note: left out of the sheet, as no font the sheets carry can print them: \uD83D\uDE00 (U+1F600)");
        assertThat(pdfText(pdf)).contains("عيادة الميناء للتدليك", "محمد عبد الله", "שרה כהן").doesNotContain("\uD83D\uDE00");
    }

    @Test
    void clinicSetKeepsWhatIsNotGiven() {
        run("clinic", "set", "--name", "A", "--phone", "123", "--therapist", "Anna", "--therapist", "Jan");
        run("clinic", "set", "--name", "B");
        Run show = run("clinic", "show");
        assertThat(show.out()).contains("Name:       B", "Phone:      123", "Therapists: Anna, Jan", "Paper:      a4");
    }

    @Test
    void anExistingFileIsRefusedWithoutForceAndReplacedWithIt() throws IOException {
        Path pdf = Files.writeString(folder.resolve("sheet.pdf"), "keep me");
        Run refused = run("sheet", "--massage", "swedish", "--soreness", "2", "--client", "Ana", "--out", pdf.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("--out " + pdf + " already exists; add --force to replace it");
        assertThat(Files.readString(pdf)).isEqualTo("keep me");

        Run forced = run("sheet", "--massage", "swedish", "--soreness", "2", "--client", "Ana", "--out", pdf.toString(), "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(pdfText(pdf)).contains("Ana", "12–24 h");
    }

    @Test
    void aLogoThatIsNotAPngOrJpegIsRefusedWithOneLineAndNothingStored() throws IOException {
        Path gif = Files.write(folder.resolve("logo.png"), "GIF89a....".getBytes(StandardCharsets.US_ASCII));
        Run run = run("clinic", "set", "--name", "A", "--logo", gif.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("--logo must be a PNG or JPEG image; " + gif + " is neither").doesNotContain("\n");
        assertThat(run("clinic", "show").out()).contains("not set up yet");

        Run missing = run("clinic", "set", "--name", "A", "--logo", folder.resolve("none.png").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void aMissingOutputFolderIsRefusedAndNothingIsWritten() {
        Path pdf = folder.resolve("no-such-folder").resolve("sheet.pdf");
        Run run = run("sheet", "--massage", "swedish", "--soreness", "2", "--client", "Ana", "--out", pdf.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("--out", "does not exist").doesNotContain("Exception");
        assertThat(pdf.getParent()).doesNotExist();
    }

    @Test
    void badAssessmentInputIsRefusedLikePlanAndNothingIsWritten() throws IOException {
        Path pdf = folder.resolve("sheet.pdf");
        Run run = run("sheet", "--massage", "deep-tissue", "--soreness", "11", "--client", "Ana", "--out", pdf.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("--soreness must be a whole number from 0 to 10, got 11");
        assertThat(pdf).doesNotExist();
        try (var files = Files.list(folder)) {
            assertThat(files).as("no partial file left").isEmpty();
        }
    }

    @Test
    void paperAndDateAreChecked() {
        Path pdf = folder.resolve("sheet.pdf");
        assertThat(run("sheet", "--massage", "swedish", "--soreness", "2", "--client", "Ana", "--paper", "a5",
                "--out", pdf.toString()).err().strip()).isEqualTo("--paper must be a4 or letter, got a5");
        assertThat(run("sheet", "--massage", "swedish", "--soreness", "2", "--client", "Ana", "--date", "12/05/2026",
                "--out", pdf.toString()).err().strip()).isEqualTo("--date must be a date like 2026-05-12, got 12/05/2026");
        assertThat(run("sheet", "--massage", "swedish", "--soreness", "2", "--out", pdf.toString()).status()).isEqualTo(2);
        assertThat(pdf).doesNotExist();
    }

    @Test
    void aClientOnFileBringsTheirHealthConditionsToTheSheet() throws IOException {
        try (Database database = store.open(where())) {
            clinicOn(database).addClient(new Client(null, "Zoë Łukasz-Müller", "", "", List.of("blood-thinners"), ""));
        }
        Path pdf = folder.resolve("zoe.pdf");
        Run run = run("sheet", "--massage", "deep-tissue", "--soreness", "4", "--client", "zoë łukasz-müller",
                "--paper", "a4", "--out", pdf.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(pdfText(pdf)).contains("Percussion massager", "Not advised with blood thinners");
    }

    private static ClinicService clinicOn(Database database) {
        return new ClinicService(database.dataSource(), SheetFixtures.PLANNER, Clock.systemDefaultZone());
    }

    /** Records sessions at local times of the given date; returns their ids. */
    private List<Long> sessionsOn(LocalDate date, String... clientNames) {
        List<Long> ids = new ArrayList<>();
        try (Database database = store.open(where())) {
            ClinicService clinic = clinicOn(database);
            int hour = 9;
            for (String name : clientNames) {
                Client client = clinic.addClient(Client.named(name));
                Instant at = date.atTime(hour++, 0).atZone(ZoneId.systemDefault()).toInstant();
                ids.add(clinic.recordSession(NewSession.of(client.id(), at, "deep-tissue", 5).withTherapist("Anna Nowak")).id());
            }
        }
        return ids;
    }

    @Test
    void sheetOfAStoredSessionShowsItsClientDateAndTherapist() throws IOException {
        long id = sessionsOn(LocalDate.of(2026, 5, 12), "李小龍").get(0);
        Path pdf = folder.resolve("session.pdf");
        Run run = run("sheet", "--session", String.valueOf(id), "--out", pdf.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(pdfText(pdf)).contains("李小龍", "12 May 2026", "Anna Nowak", "Deep tissue", "24–48 h");
    }

    @Test
    void anUnknownSessionIsRefusedWithOneLineAndNothingIsWritten() {
        Path pdf = folder.resolve("session.pdf");
        Run run = run("sheet", "--session", "4711", "--out", pdf.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("--session 4711: no such session (a session is a massage recorded for a client)");
        assertThat(pdf).doesNotExist();
        assertThat(run("sheet", "--session", "1", "--massage", "thai", "--out", pdf.toString()).status()).isEqualTo(2);
    }

    @Test
    void sheetsOfADateComeAsOnePdfWithAPageForEachSession() throws IOException {
        sessionsOn(LocalDate.of(2026, 5, 12), "Zoë Łukasz-Müller", "李小龍", "Jan Kowalski");
        sessionsOn(LocalDate.of(2026, 5, 13), "Other Day");
        Path pdf = folder.resolve("day.pdf");
        Run run = run("sheet", "--date", "2026-05-12", "--out", pdf.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 pages");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> names = List.of("Zoë Łukasz-Müller", "李小龍", "Jan Kowalski");
            for (int page = 1; page <= 3; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains(names.get(page - 1)).doesNotContain("Other Day");
            }
        }
        Run none = run("sheet", "--date", "2026-01-01", "--out", folder.resolve("none.pdf").toString());
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err().strip()).isEqualTo("--date 2026-01-01: no sessions on that date");
        assertThat(folder.resolve("none.pdf")).doesNotExist();
    }

    @Test
    void clientsAndSessionsRecordedOnTheCommandLineGiveTheDaysSheets() throws IOException {
        assertThat(run("clinic", "client", "add", "--name", "Zoë Łukasz-Müller", "--condition", "blood-thinners").out())
                .isEqualTo("Client 1 added: Zoë Łukasz-Müller" + System.lineSeparator());
        assertThat(run("clinic", "client", "find", "LUKASZ").out()).contains("1\tZoë Łukasz-Müller\tblood-thinners");
        Run session = run("clinic", "session", "add", "--client", "1", "--at", "2026-05-12T09:30", "--massage", "deep-tissue",
                "--soreness", "5", "--therapist", "Anna Nowak", "--pressure", "firm", "--area", "back");
        assertThat(session.status()).as(session.err()).isZero();
        assertThat(session.out()).startsWith("Session ").contains("recorded for Zoë Łukasz-Müller");

        Path pdf = folder.resolve("day.pdf");
        assertThat(run("sheet", "--date", "2026-05-12", "--out", pdf.toString()).status()).isZero();
        assertThat(pdfText(pdf)).contains("Zoë Łukasz-Müller", "Anna Nowak", "Not advised with blood thinners");

        Run unknown = run("clinic", "session", "add", "--client", "9", "--at", "2026-05-12T09:30", "--massage", "thai");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("--client 9: no such client");
        Run badCondition = run("clinic", "client", "add", "--name", "X", "--condition", "flu");
        assertThat(badCondition.status()).isEqualTo(2);
        assertThat(badCondition.err()).startsWith("--condition must be one of");
    }
}
