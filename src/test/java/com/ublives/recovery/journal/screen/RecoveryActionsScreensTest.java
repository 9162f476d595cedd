package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Correcting a massage, reopening and deleting a recovery in the real journal screen (issue 15). */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class RecoveryActionsScreensTest {

    @TempDir
    Path dir;
    private ScreenFixture f;

    /** The first data folder a JVM opens loads the database and migration classes: not on the FX thread's clock. */
    @BeforeAll
    static void warmUp(@TempDir Path scratch) {
        new ScreenFixture(scratch, Runnable::run).close();
    }

    @Start
    void start(Stage stage) {
        f = new ScreenFixture(dir, Platform::runLater);
        MainWindow window = new MainWindow(f.texts);
        window.addScreen(f.texts.getString("nav.journal"), Icons.JOURNAL, JournalScreen.load(f.model, f.texts));
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void refresh() throws Exception {
        f.model.refresh().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    private static void choose(FxRobot robot, String menuItemText) {
        robot.clickOn("#recoveryMenu");
        robot.clickOn(menuItemText);
    }

    private Recovery swedishWithACheckInAt48Hours() throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 50))
                .withEndSoreness(3, PainQuality.ACHY));
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 2), 3));
        refresh();
        return r;
    }

    @Test
    void correctingTheMassageJudgesItsCheckInsAgainAndSaysWhatChanged(FxRobot robot) throws Exception {
        Recovery r = swedishWithACheckInAt48Hours();
        assertThat(visible(robot, "#changeBar")).isFalse();

        choose(robot, "Correct the massage\u2026");
        waitUntil(() -> visible(robot, "#massageBox"));
        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo("Correct the massage");
        assertThat(robot.lookup("#timeField").queryAs(TextField.class).getText()).isEqualTo("10:00");
        // thirty hours earlier: 7 March, 04:00 in Berlin (the check-in 2 h ago then comes 78 h after it)
        robot.interact(() -> robot.lookup("#datePicker").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 7)));
        TextField time = robot.lookup("#timeField").queryAs(TextField.class);
        robot.interact(() -> {
            time.requestFocus();
            time.selectAll();
        });
        robot.write("4:00");
        robot.interact(() -> robot.lookup("#area-shoulders").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.interact(time::requestFocus);
        robot.type(KeyCode.ENTER);

        waitUntil(() -> visible(robot, "#changeBar"));
        assertThat(text(robot, "#changeLabel")).startsWith("1 check-in judged again, 1 changed:")
                .contains("the 78 h check-in is now past 72 hours (was longer than expected)")
                .contains("now carries past-72-hours");
        assertThat(f.journal.recovery(r.id()).orElseThrow().areas()).containsExactly("shoulders");
        assertThat(text(robot, "#detailAreas")).isEqualTo("Sore: Shoulders");
        waitUntil(() -> f.model.detail().checkIns().size() == 1
                && f.model.detail().checkIns().get(0).status().equals("Past 72 hours"));
    }

    @Test
    void aClosedRecoveryReopensFromItsPage(FxRobot robot) throws Exception {
        Recovery r = swedishWithACheckInAt48Hours();
        f.journal.close(r.id());
        refresh();
        assertThat(visible(robot, "#reopenButton")).isTrue();
        assertThat(visible(robot, "#closeButton")).isFalse();
        assertThat(visible(robot, "#calendarButton")).as("a closed recovery has nothing to remind of").isFalse();

        robot.clickOn("#reopenButton");

        waitUntil(() -> f.journal.recovery(r.id()).orElseThrow().isOpen());
        waitUntil(() -> visible(robot, "#closeButton") && !visible(robot, "#reopenButton"));
        assertThat(text(robot, "#detailStatus")).isNotEqualTo("Closed");
    }

    @Test
    void aDeletedRecoveryGoesAfterAConfirmationAndComesBackWithUndo(FxRobot robot) throws Exception {
        Recovery r = swedishWithACheckInAt48Hours();
        f.confirmAnswer = false;
        choose(robot, "Delete recovery\u2026");
        waitUntil(() -> f.confirmations.size() == 1);
        assertThat(f.journal.recoveries()).hasSize(1);

        f.confirmAnswer = true;
        choose(robot, "Delete recovery\u2026");
        waitUntil(() -> f.journal.recoveries().isEmpty() && visible(robot, "#recoveryUndoBar"));
        assertThat(f.confirmations.get(1).text()).contains("Delete the recovery after Swedish").contains("all its check-ins");
        assertThat(text(robot, "#recoveryUndoLabel")).startsWith("Deleted the recovery after Swedish");
        assertThat(f.model.find(r.id())).isNull();

        robot.clickOn("#recoveryUndoButton");

        waitUntil(() -> f.journal.recoveries().size() == 1 && !visible(robot, "#recoveryUndoBar"));
        Recovery back = f.journal.recoveries().get(0);
        assertThat(f.journal.checkIns(back.id())).hasSize(1);
        waitUntil(() -> f.model.detail().recoveryProperty().get() != null && f.model.detail().recoveryProperty().get().id() == back.id());
        assertThat(f.model.find(back.id())).isNotNull();
    }

    @Test
    void addToCalendarSavesAReminderForEachCheckInStillDueInAFileACalendarReads(FxRobot robot) throws Exception {
        Recovery r = swedishWithACheckInAt48Hours();
        Path file = dir.resolve("reminders.ics");
        f.filesToSave.add(file);

        robot.clickOn("#calendarButton");

        waitUntil(() -> f.dialogs.size() == 1);
        assertThat(f.dialogs.get(0).text()).startsWith("One reminder was saved to " + file);
        assertThat(f.suggestedNames).containsExactly("check-in-reminders-" + r.id() + ".ics");
        net.fortuna.ical4j.model.Calendar calendar;
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file)) {
            calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(in);
        }
        java.util.List<net.fortuna.ical4j.model.component.VEvent> events =
                calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        // the 12, 24 and 48 h marks are met or past: only the 72 h one is still due
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.getStartDate().getDate().toInstant()).isEqualTo(r.startedAt().plus(java.time.Duration.ofHours(72)));
            assertThat(e.getSummary().getValue()).isEqualTo("Check in 72 h after the massage: Swedish");
            assertThat(e.getAlarms()).hasSize(1);
        });
    }

    @Test
    void addToCalendarRemindsAtTheCheckInHoursOfSettingsAndStillAt72HoursIfSore(FxRobot robot) throws Exception {
        // the hours the Settings screen stores (Services hands SettingsService::checkInHours to the journal)
        f.journal.useCheckInHours(() -> java.util.List.of(6, 30, 60));
        Recovery r = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 10))
                .withEndSoreness(3, PainQuality.ACHY));
        refresh();
        Path file = dir.resolve("settings-hours.ics");
        f.filesToSave.add(file);

        robot.clickOn("#calendarButton");

        waitUntil(() -> f.dialogs.size() == 1);
        assertThat(f.dialogs.get(0).text()).startsWith("3 reminders were saved to " + file);
        net.fortuna.ical4j.model.Calendar calendar;
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(file)) {
            calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(in);
        }
        java.util.List<net.fortuna.ical4j.model.component.VEvent> events =
                calendar.getComponents(net.fortuna.ical4j.model.Component.VEVENT);
        assertThat(events.stream().map(e -> e.getStartDate().getDate().toInstant()).toList()).containsExactly(
                r.startedAt().plus(java.time.Duration.ofHours(30)), r.startedAt().plus(java.time.Duration.ofHours(60)),
                r.startedAt().plus(java.time.Duration.ofHours(72)));
        assertThat(events.get(2).getSummary().getValue()).isEqualTo("If still sore 72 h after the massage: Swedish");
        assertThat(events.get(2).getDescription().getValue()).contains("If you are still sore now:");
    }

    @Test
    void saveSummaryAsPdfWritesOnePageWithEveryCheckInItsWarningsAndRedFlagsAndWhatWasDone(FxRobot robot) throws Exception {
        java.time.Instant now = f.clock.instant();
        Recovery r = f.journal.addRecovery(NewRecovery.of("deep-tissue", ScreenFixture.hoursBefore(now, 30))
                .withEndSoreness(5, PainQuality.ACHY));
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(now, 6), 6)
                .withDone(java.util.List.of("hydration.water")));
        f.journal.checkIn(NewCheckIn.of(r.id(), ScreenFixture.hoursBefore(now, 1), 8).withQuality(PainQuality.SHARP)
                .withRedFlags(java.util.List.of("calf-swelling")));
        refresh();
        Path file = dir.resolve("summary.pdf");
        f.filesToSave.add(file);

        choose(robot, "Save summary as PDF\u2026");

        waitUntil(() -> text(robot, "#summaryStatus").startsWith("The summary was saved to " + file));
        assertThat(f.suggestedNames).containsExactly("recovery-summary-" + r.id() + ".pdf");
        String pdf;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            pdf = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(pdf).contains("Recovery summary: Deep tissue").contains("soreness 5/10").contains("Soreness 6/10")
                .contains("Soreness 8/10, sharp").contains("You did: Drink water")
                .contains("Warning signs were reported: act on them first").contains("Swelling, warmth or redness in one calf");
        for (com.ublives.recovery.journal.CheckIn c : f.journal.checkIns(r.id())) {
            for (com.ublives.recovery.rules.Outcome.Warning w : c.judgement().warnings()) {
                assertThat(pdf).contains(f.texts.getString("level." + w.level().name()) + ": "
                        + w.message().replaceAll("\\s+", " "));
            }
        }
        assertThat(f.journal.checkIns(r.id()).get(1).judgement().warnings()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(f.dialogs).isEmpty();

        // a folder that is not there: said in a dialog and under the buttons, and no file
        Path nowhere = dir.resolve("missing").resolve("summary.pdf");
        f.filesToSave.add(nowhere);
        choose(robot, "Save summary as PDF\u2026");
        waitUntil(() -> f.dialogs.size() == 1);
        assertThat(f.dialogs.get(0).title()).isEqualTo("Could not save the summary");
        assertThat(text(robot, "#summaryStatus")).startsWith("The summary was not saved:");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void theComparisonCanBeKeptToRecoveriesSoreInOneArea(FxRobot robot) throws Exception {
        java.time.Instant now = f.clock.instant();
        Recovery chosen = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(now, 10)));
        Recovery neck = f.journal.addRecovery(NewRecovery.of("thai", ScreenFixture.hoursBefore(now, 100))
                .withAreas(java.util.List.of("neck", "shoulders")));
        f.journal.addRecovery(NewRecovery.of("sports", ScreenFixture.hoursBefore(now, 200))
                .withAreas(java.util.List.of("legs")));
        Recovery neckToo = f.journal.addRecovery(NewRecovery.of("deep-tissue", ScreenFixture.hoursBefore(now, 300))
                .withAreas(java.util.List.of("neck")));
        refresh();
        robot.interact(() -> f.model.select(f.model.find(chosen.id())));
        waitUntil(() -> f.model.detail().recoveryProperty().get() != null && f.model.detail().recoveryProperty().get().id() == chosen.id());
        long shown = chosen.id();
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<RecoveryDetailViewModel.CompareChoice> compare =
                robot.lookup("#compareBox").queryAs(org.controlsfx.control.CheckComboBox.class);
        waitUntil(() -> compare.getItems().size() == 3);
        // one sore elsewhere is compared first: keeping to the neck takes it off the chart
        robot.interact(() -> compare.getCheckModel().check(compare.getItems().stream()
                .filter(c -> c.label().startsWith("Sports")).findFirst().orElseThrow()));
        waitUntil(() -> f.model.detail().series().size() == 2);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<RecoveryDetailViewModel.AreaFilter> area =
                robot.lookup("#areaFilterBox").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(area.getItems().get(0).label()).isEqualTo("Any area");

        robot.interact(() -> area.getSelectionModel().select(area.getItems().stream()
                .filter(a -> a.id().equals("neck")).findFirst().orElseThrow()));

        waitUntil(() -> compare.getItems().stream().noneMatch(c -> c.label().startsWith("Sports")));
        assertThat(compare.getItems().stream().map(RecoveryDetailViewModel.CompareChoice::id).toList())
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.of(neck.id(), neckToo.id())
                        .filter(id -> id != shown).toList());
        waitUntil(() -> f.model.detail().series().size() == 1);

        robot.interact(() -> area.getSelectionModel().selectFirst());
        waitUntil(() -> compare.getItems().size() == 3);
    }
}
