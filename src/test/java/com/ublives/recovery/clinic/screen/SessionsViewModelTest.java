package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.clinic.NewSession;
import com.ublives.recovery.rules.PainQuality;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class SessionsViewModelTest {

    @TempDir
    Path dir;

    private ClinicFixture fixture;
    private SessionsViewModel model;
    private PreviewViewModel preview;

    @BeforeEach
    void open() {
        fixture = ClinicFixture.direct(dir.resolve("data"));
        fixture.setUpClinic();
        preview = new PreviewViewModel(fixture.sheets, fixture.pages, fixture.output(), fixture.dialogs,
                fixture.tasks, ClinicFixture.TEXTS);
        model = sessions(fixture.output());
    }

    private SessionsViewModel sessions(SheetOutput batch) {
        return new SessionsViewModel(fixture.clinic, fixture.sheets, fixture.services.planner(), preview, batch,
                fixture.dialogs, fixture.tasks, ClinicFixture.TEXTS, fixture.clock);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private void fill(Client client, String time, String massage, String soreness) {
        model.reloadChoices().join();
        model.client().set(model.clients().stream().filter(c -> c.id().equals(client.id())).findFirst().orElseThrow());
        model.time().set(time);
        model.therapist().set("Jan Kowalski");
        model.massage().set(model.massageTypes().stream().filter(t -> t.id().equals(massage)).findFirst().orElseThrow());
        model.soreness().set(soreness);
    }

    @Test
    void aRecordedSessionIsAClinicSessionOfTheClientWithEverythingTheFormSaidAndNoJournalRecovery() {
        Client zoe = fixture.client("Zoë Łukasz-Müller", "blood-thinners");
        fill(zoe, "9:30", "deep-tissue", "5");
        model.pressure().set("firm");
        model.areas().stream().filter(a -> a.id().equals("neck") || a.id().equals("lower-back")).forEach(a -> a.selected().set(true));
        model.factors().stream().filter(f -> f.id().equals("dehydrated")).forEach(f -> f.selected().set(true));
        model.notes().set("Tender left trapezius");

        ClinicSession stored = model.record().join();

        ClinicSession r = fixture.clinic.session(stored.id()).orElseThrow();
        assertThat(fixture.services.journal().recoveries()).isEmpty();
        assertThat(r.client().id()).isEqualTo(zoe.id());
        assertThat(r.startedAt()).isEqualTo(LocalDate.of(2026, 5, 12).atTime(9, 30).atZone(ClinicFixture.ZONE).toInstant());
        assertThat(r.therapist()).isEqualTo("Jan Kowalski");
        assertThat(r.massage()).isEqualTo("deep-tissue");
        assertThat(r.pressure()).isEqualTo("firm");
        assertThat(r.areas()).containsExactly("neck", "lower-back");
        assertThat(r.endSoreness()).isEqualTo(5);
        assertThat(r.factors()).containsExactly("dehydrated");
        assertThat(r.conditions()).containsExactly("blood-thinners");
        assertThat(r.note()).isEqualTo("Tender left trapezius");
        assertThat(model.message().get()).isEqualTo("Recorded the session of Zoë Łukasz-Müller at 9:30.");

        model.loadDay().join();
        assertThat(model.sessions()).extracting(s -> s.client().name()).containsExactly("Zoë Łukasz-Müller");
        assertThat(model.selectedSession().get().id()).isEqualTo(stored.id());
        assertThat(model.client().get()).isNull();
    }

    @Test
    void aSessionWithoutClientMassageOrAValidTimeIsMarkedAndNotStored() {
        model.time().set("25:99");
        model.soreness().set("11");

        assertThat(model.record().join()).isNull();

        assertThat(model.clientError().get()).isEqualTo("Choose the client.");
        assertThat(model.massageError().get()).isEqualTo("Choose the massage type.");
        assertThat(model.whenError().get()).isEqualTo("Type the time as hours and minutes, e.g. 14:30.");
        assertThat(model.sorenessError().get()).isEqualTo("Soreness must be a whole number from 0 to 10, got 11");
        assertThat(fixture.services.journal().recoveries()).isEmpty();
    }

    /** A clock the test moves, standing first at 17:08 on the fixture's day. */
    private static final class MovingClock extends java.time.Clock {
        private Instant now = ClinicFixture.NOW.withHour(17).withMinute(8).atZone(ClinicFixture.ZONE).toInstant();
        @Override public java.time.ZoneId getZone() { return ClinicFixture.ZONE; }
        @Override public java.time.Clock withZone(java.time.ZoneId zone) { throw new UnsupportedOperationException(); }
        @Override public Instant instant() { return now; }
        void minutes(long m) { now = now.plusSeconds(60 * m); }
    }

    private SessionsViewModel onClock(java.time.Clock clock) {
        return new SessionsViewModel(fixture.clinic, fixture.sheets, fixture.services.planner(), preview,
                fixture.output(), fixture.dialogs, fixture.tasks, ClinicFixture.TEXTS, clock);
    }

    private void choose(SessionsViewModel form, Client client, String massage) {
        form.reloadChoices().join();
        form.client().set(form.clients().stream().filter(c -> c.id().equals(client.id())).findFirst().orElseThrow());
        form.massage().set(form.massageTypes().stream().filter(t -> t.id().equals(massage)).findFirst().orElseThrow());
    }

    @Test
    void aFormLeftOpenRecordsTheSessionAtTheTimeOfRecordingNotOfTheLastReset() {
        MovingClock clock = new MovingClock();
        SessionsViewModel form = onClock(clock);
        Client zoe = fixture.client("Zoë Łukasz-Müller");
        choose(form, zoe, "swedish");
        clock.minutes(6);

        ClinicSession stored = form.record().join();

        assertThat(stored.startedAt()).isEqualTo(ClinicFixture.NOW.withHour(17).withMinute(14)
                .atZone(ClinicFixture.ZONE).toInstant());
        assertThat(form.message().get()).isEqualTo("Recorded the session of Zoë Łukasz-Müller at 17:14.");
    }

    @Test
    void aTimeTheClinicTypedOrSetWithNowIsKept() {
        MovingClock clock = new MovingClock();
        SessionsViewModel form = onClock(clock);
        Client zoe = fixture.client("Zoë Łukasz-Müller");
        choose(form, zoe, "swedish");
        form.time().set("15:00");
        clock.minutes(6);
        assertThat(form.record().join().startedAt().atZone(ClinicFixture.ZONE).toLocalTime())
                .isEqualTo(java.time.LocalTime.of(15, 0));

        clock.minutes(10);
        form.now();
        assertThat(form.time().get()).isEqualTo("17:24");
        choose(form, zoe, "thai");
        clock.minutes(3);
        assertThat(form.record().join().startedAt().atZone(ClinicFixture.ZONE).toLocalTime())
                .as("Now is the moment it was pressed").isEqualTo(java.time.LocalTime.of(17, 24));
    }

    @Test
    void theTimeShownFollowsTheClockUntilTheClinicGivesOne() {
        MovingClock clock = new MovingClock();
        SessionsViewModel form = onClock(clock);
        clock.minutes(30);

        form.keepTimeCurrent();

        assertThat(form.time().get()).isEqualTo("17:38");
    }

    @Test
    void theRefusalNamesEachFieldAndIsAnError() {
        model.time().set("25:99");

        assertThat(model.record().join()).isNull();

        assertThat(model.message().get()).isEqualTo("Not recorded. Choose the client. "
                + "Type the time as hours and minutes, e.g. 14:30. Choose the massage type.");
        assertThat(model.messageIsError().get()).isTrue();
    }

    @Test
    void aSessionBefore1900OrMoreThanADayAheadIsMarkedAndNotStored() {
        fill(fixture.client("Anna Nowak"), "9:00", "swedish", "2");

        model.date().set(ClinicFixture.NOW.toLocalDate().plusDays(2));
        assertThat(model.record().join()).isNull();
        assertThat(model.whenError().get()).isEqualTo("This is more than a day ahead; pick a time up to a day from now.");

        model.date().set(java.time.LocalDate.of(1899, 12, 31));
        assertThat(model.record().join()).isNull();
        assertThat(model.whenError().get()).isEqualTo("Pick a date from 1 January 1900 on.");
        assertThat(fixture.services.journal().recoveries()).isEmpty();

        model.date().set(ClinicFixture.NOW.toLocalDate().plusDays(1));
        assertThat(model.record().join()).as("tomorrow morning is less than a day ahead").isNotNull();
    }

    @Test
    void theDayListsOnlyThatDaysSessionsEarliestFirst() {
        Client anna = fixture.client("Anna Nowak");
        Client li = fixture.client("李小龍");
        fixture.session(li, ClinicFixture.NOW.minusHours(2), "swedish", 1);
        fixture.session(anna, ClinicFixture.NOW.minusHours(6), "thai", 3);
        fixture.session(anna, ClinicFixture.NOW.minusDays(1), "thai", 3);

        model.loadDay().join();

        assertThat(model.sessions()).extracting(s -> s.client().name()).containsExactly("Anna Nowak", "李小龍");
    }

    @Test
    void savingTheDayWritesOnePdfWithAPagePerSessionAndTheProgressReachesTheEnd() throws IOException {
        Client anna = fixture.client("Anna Nowak");
        Client li = fixture.client("李小龍");
        fixture.session(anna, ClinicFixture.NOW.minusHours(6), "thai", 3);
        fixture.session(li, ClinicFixture.NOW.minusHours(2), "swedish", 1);
        fixture.session(anna, ClinicFixture.NOW.minusHours(1), "deep-tissue", 6);
        List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        model.batch().progress().addListener((obs, old, now) -> progress.add(now.doubleValue()));
        Path out = dir.resolve("day.pdf");
        fixture.dialogs.filesToSave.add(out);

        model.saveDay().join();

        assertThat(fixture.dialogs.suggestedNames).containsExactly("aftercare-2026-05-12.pdf");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Anna Nowak", "李小龍", "Harbour Street Massage Clinic");
        }
        assertThat(progress).contains(1.0 / 3, 2.0 / 3, 1.0);
        assertThat(model.batch().status().get()).isEqualTo("Saved 3 pages to " + out + ".");
        assertThat(model.batch().running().get()).isFalse();
    }

    @Test
    void anExistingFileIsReplacedOnlyAfterThePersonSaysSo() throws IOException {
        fixture.session(fixture.client("Anna Nowak"), ClinicFixture.NOW.minusHours(1), "thai", 3);
        Path out = Files.writeString(dir.resolve("day.pdf"), "the old file");

        fixture.dialogs.filesToSave.add(out);
        fixture.dialogs.confirmAnswers.add(false);
        model.saveDay().join();
        assertThat(Files.readString(out)).isEqualTo("the old file");
        assertThat(fixture.dialogs.confirmations).containsExactly("day.pdf already exists. Replace it with the new sheets?");
        assertThat(model.batch().status().get()).isEqualTo("Not saved.");

        fixture.dialogs.filesToSave.add(out);
        fixture.dialogs.confirmAnswers.add(true);
        model.saveDay().join();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void cancellingTheDaysSaveStopsBetweenPagesAndLeavesNoFile() {
        Client anna = fixture.client("Anna Nowak");
        for (int i = 1; i <= 4; i++) {
            fixture.session(anna, ClinicFixture.NOW.minusHours(i), "thai", 3);
        }
        AtomicInteger pages = new AtomicInteger();
        SheetOutput[] batch = new SheetOutput[1];
        // The "FX thread" that shows progress is where the person presses Cancel, after the first page.
        batch[0] = new SheetOutput(fixture.pages, fixture.printer, fixture.dialogs, fixture.tasks, update -> {
            update.run();
            if (pages.incrementAndGet() == 1) {
                batch[0].cancel();
            }
        }, ClinicFixture.TEXTS);
        model = sessions(batch[0]);
        Path out = dir.resolve("day.pdf");
        fixture.dialogs.filesToSave.add(out);

        model.saveDay().join();

        assertThat(out).doesNotExist();
        assertThat(dir).isDirectoryNotContaining(path -> path.getFileName().toString().endsWith(".part"));
        assertThat(model.batch().status().get()).isEqualTo("Cancelled: nothing was saved or printed.");
        assertThat(pages.get()).isLessThan(4);
    }

    @Test
    void printingTheDaySendsEveryPageToThePrinterAsOneJob() {
        Client anna = fixture.client("Anna Nowak");
        fixture.session(anna, ClinicFixture.NOW.minusHours(3), "thai", 3);
        fixture.session(anna, ClinicFixture.NOW.minusHours(1), "swedish", 2);

        model.printDay().join();

        assertThat(fixture.printer.pages).hasSize(2);
        assertThat(fixture.printer.ended).isTrue();
        // A4 at the printer's 36 DPI
        assertThat(fixture.printer.pages.get(0).width()).isEqualTo(297);
        assertThat(model.batch().status().get()).isEqualTo("Sent 2 pages to the printer.");
    }

    @Test
    void closingThePrintDialogPrintsNothing() {
        fixture.session(fixture.client("Anna Nowak"), ClinicFixture.NOW.minusHours(1), "thai", 3);
        fixture.printer.dialogCancelled = true;

        model.printDay().join();

        assertThat(fixture.printer.pages).isEmpty();
        assertThat(model.batch().status().get()).isEqualTo("Not printed.");
    }

    @Test
    void aDayWithoutSessionsSaysSoAndAsksForNoFile() {
        model.saveDay().join();

        assertThat(fixture.dialogs.suggestedNames).isEmpty();
        assertThat(model.batch().status().get()).isEqualTo("There are no sessions to print on that day.");
    }

    @Test
    void changingAnOpenedSessionKeepsWhatTheFormDoesNotShowItsQualityAndEveryCondition() {
        Client zoe = fixture.client("Zoë Łukasz-Müller", "blood-thinners");
        // recorded on the command line: sharp, with a condition given for this session only
        ClinicSession stored = fixture.clinic.recordSession(new NewSession(zoe.id(), Instant.parse("2026-05-12T07:30:00Z"),
                "Anna Nowak", "sports", "firm", List.of("legs"), 6, PainQuality.SHARP, List.of(), List.of("pregnancy"),
                "calves"));
        model.reloadChoices().join();

        model.edit(stored).join();
        assertThat(model.editing().get()).isEqualTo(stored);
        assertThat(model.formTitle().get()).isEqualTo("Session of Zoë Łukasz-Müller, 12 May 2026, 9:30");
        assertThat(model.recordText().get()).isEqualTo("_Save changes");
        assertThat(model.soreness().get()).isEqualTo("6");
        assertThat(model.notes().get()).isEqualTo("calves");
        assertThat(model.checkInsText().get()).isEmpty();
        model.soreness().set("4");
        ClinicSession changed = model.record().join();

        assertThat(changed.id()).isEqualTo(stored.id());
        assertThat(changed.endSoreness()).isEqualTo(4);
        assertThat(changed.quality()).isEqualTo(PainQuality.SHARP);
        assertThat(changed.conditions()).containsExactlyInAnyOrder("blood-thinners", "pregnancy");
        assertThat(changed.areas()).containsExactly("legs");
        assertThat(fixture.clinic.sessionsOf(zoe.id())).containsExactly(changed);
        assertThat(model.editing().get()).isNull();
        assertThat(model.formTitle().get()).isEqualTo("Record a session");
        assertThat(model.message().get()).isEqualTo("Saved the changes to the session of Zoë Łukasz-Müller at 9:30.");
    }
}
