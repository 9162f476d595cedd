package com.ublives.recovery.journal.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ublives.recovery.journal.CheckIn;
import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.storage.SafeFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal screen's state and commands, without a toolkit: the "FX thread" runs results in line. */
class JournalViewModelTest {

    @TempDir
    Path dir;
    private ScreenFixture f;
    private JournalViewModel model;

    @BeforeEach
    void open() {
        f = new ScreenFixture(dir, Runnable::run);
        model = f.model;
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static void await(CompletableFuture<Void> done) throws Exception {
        done.get(10, TimeUnit.SECONDS);
    }

    private Recovery massage(String type, double hoursAgo, Integer endSoreness) {
        return f.journal.addRecovery(NewRecovery.of(type, ScreenFixture.hoursBefore(f.clock.instant(), hoursAgo))
                .withEndSoreness(endSoreness, PainQuality.ACHY));
    }

    @Test
    void theDashboardListsOpenRecoveriesFirstAndClosedOnesAfter() throws Exception {
        Recovery old = massage("swedish", 200, 2);
        f.journal.close(old.id());
        Recovery deep = massage("deep-tissue", 30, 5);
        Recovery thai = massage("thai", 5, 3);

        await(model.refresh());

        assertThat(model.rows()).extracting(RecoveryRow::id).containsExactly(thai.id(), deep.id(), old.id());
        RecoveryRow row = model.rows().get(1);
        assertThat(row.title()).isEqualTo("Deep tissue");
        assertThat(row.since()).isEqualTo("30 h since the massage");
        assertThat(row.soreness()).isEqualTo("Latest soreness 5/10, at the end of the massage");
        assertThat(row.status()).isEqualTo("On track");
        assertThat(row.nextDue()).isEqualTo("The 24-hour check-in was due Tue 10 Mar, 06:00");
        assertThat(model.rows().get(2).status()).isEqualTo("Closed");
        assertThat(model.messageProperty().get()).isNull();
    }

    @Test
    void theDashboardIsReadInAFixedNumberOfQueriesHoweverManyRecoveriesThereAre() throws Exception {
        f.journal.close(massage("swedish", 200, 2).id());
        massage("thai", 5, 3);
        await(model.refresh()); // the first also reads the chosen recovery's check-ins
        f.statements.take();
        await(model.refresh());
        int fewRecoveries = f.statements.take();
        for (int i = 0; i < 6; i++) {
            Recovery closed = massage("swedish", 300 + i, 2);
            f.journal.checkIn(NewCheckIn.of(closed.id(), ScreenFixture.hoursBefore(f.clock.instant(), 250), 1));
            f.journal.close(closed.id());
            Recovery open = massage("deep-tissue", 20 + i, 4);
            f.journal.checkIn(NewCheckIn.of(open.id(), ScreenFixture.hoursBefore(f.clock.instant(), 10), 3));
        }
        f.statements.take();

        await(model.refresh());

        assertThat(model.rows()).hasSize(14);
        assertThat(f.statements.take()).as("statements for 14 recoveries, as for 2").isEqualTo(fewRecoveries);
        assertThat(fewRecoveries).isLessThanOrEqualTo(2);
    }

    @Test
    void pastSeventyTwoHoursWithoutACheckInRaisesABannerAndOneNotification() throws Exception {
        Recovery r = massage("deep-tissue", 80, 3);

        await(model.refresh());
        await(model.refresh());

        assertThat(model.banners()).singleElement().satisfies(b -> {
            assertThat(b.recoveryId()).isEqualTo(r.id());
            assertThat(b.text()).contains("It is 80 h since your massage").contains("Please check in")
                    .contains("contact your therapist or a health professional");
        });
        assertThat(f.notifications).filteredOn(n -> n.title().contains("72 hours")).hasSize(1);
        // the banner says it, and the card's badge: no third 72-hour message on the card
        assertThat(model.rows().get(0).statusId()).isEqualTo("PAST_72_HOURS");
        assertThat(model.rows().get(0).warnings()).extracting(WarningLine::code).doesNotContain("past-72-hours");
    }

    @Test
    void theBannerStaysAfterACheckInWithSorenessAndGoesWhenTheRecoveryIsClosed() throws Exception {
        Recovery r = massage("swedish", 75, 4);
        await(model.refresh());
        model.checkIn(r.id());
        model.checkInForm().sorenessTextProperty().set("3");
        await(model.saveCheckIn());
        assertThat(model.banners()).hasSize(1);

        await(model.close(r.id()));

        assertThat(model.banners()).isEmpty();
        assertThat(model.rows().get(0).isOpen()).isFalse();
    }

    @Test
    void pastSeventyTwoHoursTheBannerStatesTheLastReadingAndWhenItWasGiven() throws Exception {
        Recovery checkedIn = massage("deep-tissue", 103, 6);
        f.journal.checkIn(NewCheckIn.of(checkedIn.id(), ScreenFixture.hoursBefore(f.clock.instant(), 79), 5));
        Recovery never = massage("swedish", 96, 6);

        await(model.refresh());

        assertThat(model.banners()).extracting(Notice::text).containsExactlyInAnyOrder(
                "Deep tissue (massage Fri 6 Mar, 05:00). It is 103 h since your massage; the last soreness you gave was"
                        + " 5/10, at 24 h (Sat 7 Mar, 05:00). How is it now? Please check in. If you are still sore, contact"
                        + " your therapist or a health professional: soreness can last up to a week, but it is worth asking.",
                "Swedish (massage Fri 6 Mar, 12:00). It is 96 h since your massage; the last soreness you gave was"
                        + " 6/10, at the end of the massage. How is it now? Please check in. If you are still sore, contact"
                        + " your therapist or a health professional: soreness can last up to a week, but it is worth asking.");
        assertThat(model.find(checkedIn.id()).soreness()).isEqualTo("Latest soreness 5/10, at 24 h (Sat 7 Mar, 05:00)");
        assertThat(model.find(never.id()).soreness()).isEqualTo("Latest soreness 6/10, at the end of the massage");
    }

    @Test
    void aSorenessGivenPastSeventyTwoHoursIsNamedAsSuchInTheBanner() throws Exception {
        Recovery r = massage("deep-tissue", 90, 6);
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 10), 4));

        await(model.refresh());

        assertThat(model.banners()).singleElement().extracting(Notice::text).isEqualTo(
                "Deep tissue (massage Fri 6 Mar, 18:00). You gave soreness 4/10, at 80 h (Tue 10 Mar, 02:00), more than"
                        + " 72 hours after the massage. Please contact your therapist or a health professional to have it"
                        + " looked at. Soreness can last up to a week, but it is worth asking.");
    }

    @Test
    void everyWarningStoredWithACheckInIsNamedWithItsLevelInTheTableTheChartAndTheCard() throws Exception {
        Recovery r = massage("deep-tissue", 48, 4);
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 24), 5));
        f.journal.checkIn(NewCheckIn.of(r.id(), f.clock.instant(), 7).withQuality(PainQuality.SHARP));

        await(model.refresh());

        String[] named = {"Caution: Severe soreness (7\u201310)", "Caution: Sharp pain", "Caution: Soreness rising"};
        CheckInRow latest = model.detail().checkIns().get(1);
        assertThat(latest.warnings()).extracting(WarningLine::named).containsExactlyInAnyOrder(named);
        assertThat(latest.warnings()).extracting(WarningLine::told)
                .anySatisfy(t -> assertThat(t).startsWith("Caution: Sharp pain is not the usual ache"));
        assertThat(model.detail().series().get(0).points().get(2).details()).contains(named);
        assertThat(model.rows().get(0).warnings()).extracting(WarningLine::named).containsExactlyInAnyOrder(named);
        assertThat(model.rows().get(0).status()).isEqualTo("On track");
    }

    @Test
    void aRedFlagIsNamedByItsLabelWithItsLevelAmongTheWarnings() throws Exception {
        Recovery r = massage("swedish", 10, 2);
        f.journal.checkIn(NewCheckIn.of(r.id(), f.clock.instant(), 3).withRedFlags(List.of("calf-swelling")));

        await(model.refresh());

        assertThat(model.detail().checkIns().get(0).warnings()).extracting(WarningLine::named)
                .contains("Urgent: Swelling, warmth or redness in one calf or leg");
    }

    @Test
    void whileTheJournalIsInViewItsBannersTellTheRemindersAndNothingPopsUp() throws Exception {
        model.inViewProperty().set(true);
        massage("deep-tissue", 80, 3);
        Recovery soon = massage("swedish", 11, 2);
        await(model.refresh());
        f.clock.advance(Duration.ofHours(2));
        await(model.refresh());

        assertThat(model.banners()).hasSize(1);
        assertThat(model.overdue()).extracting(Notice::recoveryId).containsExactly(soon.id());
        assertThat(f.notifications).isEmpty();

        // once the person has seen them on the journal, leaving it does not bring them back as pop-ups
        model.inViewProperty().set(false);
        await(model.refresh());
        assertThat(f.notifications).isEmpty();
    }

    @Test
    void aReminderThatFoundNoFreePlaceIsTriedAgainAtTheNextRefresh() throws Exception {
        massage("deep-tissue", 80, 3);
        f.notificationsFitOnScreen = false;
        await(model.refresh());
        assertThat(f.notifications).isEmpty();

        f.notificationsFitOnScreen = true;
        await(model.refresh());
        await(model.refresh());
        assertThat(f.notifications).singleElement().satisfies(n -> assertThat(n.text()).contains("It is 80 h since your massage"));
    }

    @Test
    void theChartShowsTheExpectedCourseNotABandName() throws Exception {
        massage("deep-tissue", 30, 2);

        await(model.refresh());

        assertThat(model.detail().series().get(0).bandLabel()).isEqualTo("Usually eases within 24\u201348 h");
    }

    @Test
    void cancellingTheCloseConfirmationLeavesTheRecoveryOpen() throws Exception {
        Recovery r = massage("swedish", 75, 4);
        await(model.refresh());
        f.confirmAnswer = false;

        await(model.close(r.id()));

        assertThat(f.confirmations).hasSize(1);
        assertThat(f.journal.statusOf(r.id(), f.clock.instant()).recovery().isOpen()).isTrue();
        assertThat(model.rows().get(0).isOpen()).isTrue();
    }

    @Test
    void aCheckInWithSorenessZeroClosesTheRecoveryAndTheBanner() throws Exception {
        Recovery r = massage("swedish", 75, 4);
        await(model.refresh());
        model.checkIn(r.id());
        model.checkInForm().sorenessTextProperty().set("0");
        await(model.saveCheckIn());

        assertThat(model.banners()).isEmpty();
        assertThat(model.rows().get(0).status()).isEqualTo("Closed");
    }

    @Test
    void aCheckInThatFallsDueWhileTheAppRunsIsNotifiedOnceAndListed() throws Exception {
        Recovery r = massage("swedish", 11, 2);
        await(model.refresh());
        assertThat(model.overdue()).isEmpty();

        f.clock.advance(Duration.ofHours(2));
        await(model.refresh());
        await(model.refresh());

        assertThat(model.overdue()).singleElement().satisfies(n -> assertThat(n.text()).contains("the 12-hour check-in"));
        assertThat(f.notifications).filteredOn(n -> n.title().equals("Time to check in")).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("12-hour"));
        assertThat(model.rows().get(0).id()).isEqualTo(r.id());
    }

    @Test
    void loggingAMassageOpensItsRecoveryOnTheDashboard() throws Exception {
        await(model.refresh());
        assertThat(model.messageProperty().get()).startsWith("No recoveries yet");
        model.logMassage();
        assertThat(model.modeProperty().get()).isEqualTo(JournalViewModel.Mode.MASSAGE_FORM);
        MassageFormViewModel form = model.massageForm();
        form.massageProperty().set(f.planner.ruleSet().massageType("deep-tissue"));
        form.therapistProperty().set("Anna");
        form.endSorenessProperty().set("6");
        form.factors().get(0).selected().set(true);

        await(model.saveMassage());

        assertThat(model.modeProperty().get()).isEqualTo(JournalViewModel.Mode.DETAIL);
        RecoveryRow row = model.detail().recoveryProperty().get();
        assertThat(row.title()).isEqualTo("Deep tissue");
        assertThat(row.recovery().therapist()).isEqualTo("Anna");
        assertThat(row.recovery().factors()).containsExactly("tight-muscles");
        assertThat(model.detail().series()).singleElement()
                .satisfies(s -> assertThat(s.points()).extracting(ChartSeries.Point::soreness).containsExactly(6));
    }

    @Test
    void anInvalidMassageFormIsMarkedOnEachFieldAndSavesNothing() throws Exception {
        model.logMassage();
        MassageFormViewModel form = model.massageForm();
        assertThat(form.massageErrorProperty().get()).as("no error before the person did anything").isNull();
        form.endSorenessProperty().set("11");
        form.timeProperty().set("25:99");

        await(model.saveMassage());

        assertThat(form.massageErrorProperty().get()).isEqualTo("Choose the massage you had.");
        assertThat(form.sorenessErrorProperty().get()).contains("0 to 10");
        assertThat(form.whenErrorProperty().get()).contains("hours and minutes");
        assertThat(f.journal.recoveries()).isEmpty();
        assertThat(model.modeProperty().get()).isEqualTo(JournalViewModel.Mode.MASSAGE_FORM);
    }

    @Test
    void aMassageInTheFutureIsRefused() {
        model.logMassage();
        MassageFormViewModel form = model.massageForm();
        form.massageProperty().set(f.planner.ruleSet().massageType("thai"));
        form.dateProperty().set(form.dateProperty().get().plusDays(1));

        assertThat(form.draft()).isNull();
        assertThat(form.whenErrorProperty().get()).contains("in the future");
    }

    @Test
    void aCheckInBeforeTheMassageIsRefusedOnTheWhenField() throws Exception {
        Recovery r = massage("thai", 3, 2);
        await(model.refresh());
        model.checkIn(r.id());
        model.checkInForm().dateProperty().set(model.checkInForm().dateProperty().get().minusDays(1));

        await(model.saveCheckIn());

        assertThat(model.checkInForm().whenErrorProperty().get()).startsWith("This is before the massage");
        assertThat(f.journal.checkIns(r.id())).isEmpty();
    }

    @Test
    void aRedFlagAtACheckInShowsAnAlertSayingWhatToDo() throws Exception {
        Recovery r = massage("deep-tissue", 20, 4);
        await(model.refresh());
        model.checkIn(r.id());
        model.checkInForm().redFlags().stream().filter(c -> c.id().equals("calf-swelling")).findFirst().orElseThrow()
                .selected().set(true);

        await(model.saveCheckIn());

        assertThat(f.dialogs).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Warning sign reported: act on it now");
            assertThat(d.text()).contains("Get medical care today")
                    .contains("Swelling, warmth or redness in one calf or leg")
                    .contains("blood clot");
        });
        assertThat(model.detail().checkIns()).singleElement()
                .satisfies(c -> assertThat(c.redFlags()).isEqualTo("Swelling, warmth or redness in one calf or leg"));
    }

    @Test
    void aDeletedCheckInComesBackWithUndo() throws Exception {
        Recovery r = massage("deep-tissue", 30, 6);
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 18), 5).withNote("stiff neck"));
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 6), 4));
        await(model.refresh());
        assertThat(model.detail().checkIns()).hasSize(2);

        await(model.deleteCheckIn(model.detail().checkIns().get(0)));
        assertThat(model.detail().checkIns()).extracting(CheckInRow::soreness).containsExactly(4);
        assertThat(model.detail().undoTextProperty().get()).startsWith("Check-in of").endsWith("deleted.");

        await(model.undoDelete());
        assertThat(model.detail().checkIns()).extracting(CheckInRow::soreness).containsExactly(5, 4);
        assertThat(model.detail().checkIns().get(0).note()).isEqualTo("stiff neck");
        assertThat(model.detail().undoTextProperty().get()).isNull();
    }

    @Test
    void editingACheckInKeepsItsTimeAndStoresTheNewSoreness() throws Exception {
        Recovery r = massage("swedish", 10, 3);
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 2), 2));
        await(model.refresh());
        CheckInRow row = model.detail().checkIns().get(0);

        model.editCheckIn(row);
        assertThat(model.checkInForm().isEditing()).isTrue();
        assertThat(model.checkInForm().sorenessTextProperty().get()).isEqualTo("2");
        model.checkInForm().sorenessTextProperty().set("1");
        model.checkInForm().noteProperty().set("better after a walk");
        await(model.saveCheckIn());

        assertThat(f.journal.checkIns(r.id())).singleElement().satisfies(c -> {
            assertThat(c.soreness()).isEqualTo(1);
            assertThat(c.at()).isEqualTo(row.checkIn().at());
            assertThat(c.note()).isEqualTo("better after a walk");
        });
    }

    @Test
    void comparingDrawsTheOtherRecoveryBesideTheChosenOne() throws Exception {
        Recovery a = massage("swedish", 50, 3);
        Recovery b = massage("deep-tissue", 20, 6);
        await(model.refresh());
        assertThat(model.detail().recoveryProperty().get().id()).isEqualTo(b.id());
        assertThat(model.detail().compareChoices()).extracting(c -> c.id()).containsExactly(a.id());

        await(model.detail().compareWith(List.of(a.id())));

        assertThat(model.detail().series()).extracting(ChartSeries::recoveryId).containsExactly(b.id(), a.id());
        assertThat(model.detail().series().get(0).expectedToHours()).isEqualTo(48);
        assertThat(model.detail().series().get(1).expectedToHours()).isEqualTo(24);
    }

    @Test
    void eachChartPointCarriesTheDetailsOfItsCheckIn() throws Exception {
        Recovery r = massage("deep-tissue", 30, 6);
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 18), 5)
                .withQuality(PainQuality.SHARP).withNote("after the gym"));
        await(model.refresh());

        ChartSeries s = model.detail().series().get(0);
        assertThat(s.points()).hasSize(2);
        assertThat(s.points().get(0).details()).isEqualTo("End of the massage: soreness 6/10");
        assertThat(s.points().get(1).hours()).isEqualTo(12.0);
        assertThat(s.points().get(1).details()).contains("12 h after the massage").contains("Soreness 5/10, sharp")
                .contains("Note: after the gym");
    }

    private Path files() throws Exception {
        return Files.createDirectories(dir.resolve("files"));
    }

    private List<String> journalAsItStands(ScreenFixture fixture) {
        List<String> lines = new ArrayList<>();
        for (Recovery r : fixture.journal.recoveries()) {
            lines.add(r.massage() + " " + r.startedAt() + " " + r.therapist() + " " + r.endSoreness() + " "
                    + r.factors() + " " + r.closedAt() + " " + r.closedBy());
            fixture.journal.checkIns(r.id()).forEach(c -> lines.add("  " + c.at() + " " + c.soreness() + " "
                    + c.quality() + " " + c.redFlags() + " " + c.note()));
        }
        return lines;
    }

    private void fillTheJournal() {
        Recovery old = massage("swedish", 200, 2);
        f.journal.checkIn(NewCheckIn.of(old.id(), ScreenFixture.hoursBefore(f.clock.instant(), 180), 1));
        f.journal.close(old.id());
        Recovery deep = massage("deep-tissue", 30, 6);
        f.journal.checkIn(NewCheckIn.of(deep.id(), ScreenFixture.hoursBefore(f.clock.instant(), 18), 5).withNote("stiff neck"));
        f.journal.checkIn(NewCheckIn.of(deep.id(), ScreenFixture.hoursBefore(f.clock.instant(), 6), 4));
    }

    @Test
    void aJsonExportImportedIntoAFreshDataFolderGivesTheSameRecoveries() throws Exception {
        fillTheJournal();
        Path file = files().resolve("journal.json");
        f.filesToSave.add(file);

        await(model.transfer().export());

        assertThat(f.suggestedNames).containsExactly("recovery-journal-2026-03-10.json");
        assertThat(f.offeredTypes.get(0)).extracting(t -> t.patterns().get(0)).containsExactly("*.json", "*.csv");
        assertThat(f.dialogs).singleElement().satisfies(d -> assertThat(d.text()).contains(file.toString()));
        try (ScreenFixture fresh = new ScreenFixture(Files.createDirectories(dir.resolve("fresh")), Runnable::run)) {
            await(fresh.model.refresh());
            fresh.filesToOpen.add(file);

            await(fresh.model.transfer().importFile());

            assertThat(journalAsItStands(fresh)).isEqualTo(journalAsItStands(f)).hasSize(5);
            assertThat(fresh.dialogs).singleElement().satisfies(d -> {
                assertThat(d.title()).isEqualTo("Journal imported");
                assertThat(d.text()).isEqualTo("Added 2 recoveries and 3 check-ins.");
            });
            assertThat(fresh.model.rows()).extracting(RecoveryRow::title).containsExactly("Deep tissue", "Swedish");
        }
    }

    @Test
    void importingTheJournalsOwnExportAddsNothingAndSaysEverythingWasAlreadyThere() throws Exception {
        fillTheJournal();
        StringWriter exported = new StringWriter();
        f.journal.exportJson(exported);
        Path file = Files.writeString(files().resolve("journal.json"), exported.toString());
        await(model.refresh());
        List<String> before = journalAsItStands(f);
        f.filesToOpen.add(file);

        await(model.transfer().importFile());

        assertThat(f.dialogs).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Journal imported");
            assertThat(d.text()).isEqualTo(
                    "Added no recoveries and no check-ins; 2 recoveries and 3 check-ins were already in the journal.");
        });
        assertThat(journalAsItStands(f)).isEqualTo(before);
    }

    @Test
    void anImportWithOneNewCheckInSaysWhatWasAddedAndWhatWasAlreadyThere() throws Exception {
        Recovery deep = massage("deep-tissue", 30, 6);
        StringWriter exported = new StringWriter();
        f.journal.exportJson(exported);
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(exported.toString());
        ((ArrayNode) root.get("recoveries").get(0).get("checkIns")).addObject()
                .put("at", deep.startedAt().plusSeconds(3600).toString()).put("soreness", 5);
        Path file = Files.writeString(files().resolve("one-more.json"), root.toPrettyString());
        f.filesToOpen.add(file);

        await(model.transfer().importFile());

        assertThat(f.dialogs).singleElement().satisfies(d -> assertThat(d.text()).isEqualTo(
                "Added no recoveries and one check-in; one recovery was already in the journal."));
        assertThat(f.journal.checkIns(deep.id())).extracting(CheckIn::soreness).containsExactly(5);
    }

    @Test
    void aNameEndingInCsvIsExportedAsASpreadsheet() throws Exception {
        fillTheJournal();
        Path file = files().resolve("journal.csv");
        f.filesToSave.add(file);

        await(model.transfer().export());

        assertThat(Files.readAllLines(file)).hasSize(4).first().asString().startsWith("recovery_id,massage,");
    }

    @Test
    void exportLeavesAnExistingFileAloneWhenThePersonSaysNotToReplaceIt() throws Exception {
        fillTheJournal();
        Path file = Files.writeString(files().resolve("journal.json"), "my own notes");
        f.filesToSave.add(file);
        f.confirmAnswer = false;

        await(model.transfer().export());

        assertThat(f.confirmations).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Replace the file?");
            assertThat(c.text()).contains("journal.json already exists");
        });
        assertThat(Files.readString(file)).isEqualTo("my own notes");
        assertThat(f.dialogs).isEmpty();
        try (var listed = Files.list(files())) {
            assertThat(listed).containsExactly(file);
        }

        f.confirmAnswer = true;
        f.filesToSave.add(file);
        await(model.transfer().export());
        assertThat(Files.readString(file)).startsWith("{").contains("deep-tissue");
    }

    @Test
    void aHalfValidImportFileShowsTheFirstBadRecordAndLeavesTheJournalUnchanged() throws Exception {
        fillTheJournal();
        StringWriter exported = new StringWriter();
        f.journal.exportJson(exported);
        // the first recovery (the newest) is valid and would be stored before the bad check-in of the second is reached
        ObjectNode root = (ObjectNode) new ObjectMapper().readTree(exported.toString());
        ((ObjectNode) root.get("recoveries").get(1).get("checkIns").get(0)).put("soreness", 11);
        String halfValid = root.toPrettyString();
        Path file = Files.writeString(files().resolve("half-valid.json"), halfValid);
        await(model.refresh());
        List<String> before = journalAsItStands(f);
        List<RecoveryRow> rowsBefore = List.copyOf(model.rows());
        f.filesToOpen.add(file);

        await(model.transfer().importFile());

        assertThat(f.dialogs).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Import refused");
            assertThat(d.text()).contains("Nothing was imported from half-valid.json, and your journal is unchanged")
                    .contains("recoveries[1]").contains("soreness must be a whole number from 0 to 10");
        });
        assertThat(journalAsItStands(f)).isEqualTo(before);
        assertThat(model.rows()).extracting(RecoveryRow::id).containsExactlyElementsOf(rowsBefore.stream().map(RecoveryRow::id).toList());
    }

    @Test
    void aFailedExportLeavesNoHalfFile() throws Exception {
        Path file = files().resolve("journal.json");

        assertThatThrownBy(() -> SafeFile.writeText(file, false, out -> {
            out.write("{\"recoveries\": [");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        try (var listed = Files.list(files())) {
            assertThat(listed).isEmpty();
        }
    }
}
