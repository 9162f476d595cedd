package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.testfx.util.NodeQueryUtils;
import java.util.ArrayList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks the real journal screen in the main window, headless, on an H2 file, with recorded dialogs. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class JournalScreensTest {

    @TempDir
    Path dir;
    private ScreenFixture f;
    private Stage stage;
    /** Another screen of the window: a form whose fields fill it, in eight rows. */
    private final List<TextField> otherForm = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = new ScreenFixture(dir, Platform::runLater);
        MainWindow window = new MainWindow(f.texts);
        window.addScreen(f.texts.getString("nav.journal"), Icons.JOURNAL, JournalScreen.load(f.model, f.texts));
        window.addScreen("Another form", Icons.ASSESSMENT, formEverywhere());
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private GridPane formEverywhere() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        for (int row = 0; row < 8; row++) {
            RowConstraints grows = new RowConstraints();
            grows.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(grows);
            for (int column = 0; column < 4; column++) {
                TextField field = new TextField();
                field.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                GridPane.setHgrow(field, Priority.ALWAYS);
                grid.add(field, column, row);
                otherForm.add(field);
            }
        }
        return grid;
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

    private void typeInto(FxRobot robot, String field, String text) {
        TextField node = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> {
            node.requestFocus();
            node.selectAll();
        });
        robot.write(text);
    }

    /** Waits, and when it does not come, says what the form said instead. */
    private void waitOrSay(Supplier<Boolean> condition, FxRobot robot) throws Exception {
        try {
            waitUntil(condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not saved; mode " + f.model.modeProperty().get() + ", when: " + text(robot, "#whenError")
                    + ", soreness: " + text(robot, "#sorenessError") + ", dialogs: " + f.dialogs, e);
        }
    }

    private void clickButton(FxRobot robot, String query) {
        clickButton(robot, robot.lookup(query).query());
    }

    private void clickButton(FxRobot robot, Node button) {
        robot.interact(button::requestFocus);
        robot.type(KeyCode.SPACE);
    }

    private void checkIn(FxRobot robot, String soreness) throws Exception {
        clickButton(robot, "#checkInButton");
        typeInto(robot, "#sorenessField", soreness);
        int before = f.model.detail().checkIns().size();
        robot.type(KeyCode.ENTER);
        waitUntil(() -> f.model.detail().checkIns().size() == before + 1);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void loggingAMassageAndCheckingInTwiceShowsTheChartAndTheStatus(FxRobot robot) throws Exception {
        refresh();
        robot.press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);
        assertThat(robot.lookup("#massageBox").tryQuery()).isPresent();
        robot.clickOn("#massageBox").write("Deep").type(KeyCode.ENTER);
        typeInto(robot, "#therapistField", "Anna");
        typeInto(robot, "#sorenessField", "6");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> f.model.detail().recoveryProperty().get() != null);
        assertThat(text(robot, "#detailTitle")).isEqualTo("Deep tissue");

        f.clock.advance(Duration.ofHours(12));
        checkIn(robot, "5");
        f.clock.advance(Duration.ofHours(18));
        checkIn(robot, "3");

        assertThat(text(robot, "#detailStatus")).isEqualTo("On track");
        assertThat(text(robot, "#detailSince")).isEqualTo("30 h since the massage \u00b7 Latest soreness 3/10, at 30 h (Wed 11 Mar, 18:00)");
        // the soreness logged with the massage (0 h), as plotted, then the two check-ins
        assertThat(robot.lookup("#checkInTable").queryAs(TableView.class).getItems()).hasSize(3)
                .first().satisfies(start -> assertThat(((CheckInRow) start).hours()).isEqualTo("0"));
        long checkInId = f.model.detail().checkIns().get(0).id();
        Node point = robot.lookup("#point-" + checkInId).query();
        assertThat(point.isVisible()).isTrue();
        assertThat(point.getAccessibleHelp()).contains("12 h after the massage").contains("Soreness 5/10, achy");
        assertThat(robot.lookup("#start-" + f.model.detail().recoveryProperty().get().id()).tryQuery()).isPresent();
        assertThat(robot.lookup(".expected-band").query().isVisible()).isTrue();
        assertThat(robot.lookup(".watch-line").query().isVisible()).isTrue();

        robot.moveTo(point);
        waitUntil(() -> robot.lookup(".tooltip").tryQuery().isPresent());
        // The tooltip's skin is a label carrying the tooltip's style class.
        assertThat(robot.lookup((Node n) -> n instanceof Label && n.getStyleClass().contains("tooltip"))
                .queryAs(Label.class).getText()).contains("Soreness 5/10");
    }

    @Test
    void aCheckInPastSeventyTwoHoursShowsTheBannerUntilTheRecoveryIsClosed(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 70))
                .withEndSoreness(3, PainQuality.ACHY));
        refresh();
        assertThat(robot.lookup("#banner-" + r.id()).tryQuery()).isEmpty();

        f.clock.advance(Duration.ofHours(10));
        robot.clickOn("#recovery-" + r.id());
        checkIn(robot, "4");

        Node banner = robot.lookup("#banner-" + r.id()).query();
        assertThat(banner.isVisible()).isTrue();
        assertThat(robot.from(banner).lookup(".label").queryAs(Label.class).getText())
                .contains("more than 72 hours").contains("contact your therapist or a health professional");
        assertThat(text(robot, "#detailStatus")).isEqualTo("Past 72 hours");

        robot.clickOn(robot.from(banner).lookup(".button").nth(1).queryButton());
        waitUntil(() -> robot.lookup("#banner-" + r.id()).tryQuery().isEmpty());
        assertThat(text(robot, "#detailStatus")).isEqualTo("Closed");
    }

    @Test
    void aRedFlagAtACheckInShowsTheAlertAtOnce(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("deep-tissue", ScreenFixture.hoursBefore(f.clock.instant(), 20))
                .withEndSoreness(5, PainQuality.ACHY));
        refresh();
        clickButton(robot, "#checkInButton");
        typeInto(robot, "#sorenessField", "6");
        Node flag = robot.lookup("#red-flag-chest-pain-breathless").query();
        robot.interact(flag::requestFocus);
        robot.type(KeyCode.SPACE);
        clickButton(robot, "#saveButton");

        waitUntil(() -> !f.dialogs.isEmpty());
        assertThat(f.dialogs).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Warning sign reported: act on it now");
            assertThat(d.text()).contains("Emergency: get help now").contains("Chest pain or shortness of breath")
                    .contains("Call emergency services now");
        });
        waitUntil(() -> f.model.detail().checkIns().size() == 1);
        assertThat(f.journal.checkIns(r.id()).get(0).redFlags()).containsExactly("chest-pain-breathless");
    }

    @Test
    void aCheckInNotesWhatThePersonDidFromThePlanAndTheDetailShowsItBesideTheSoreness(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 20))
                .withEndSoreness(2, PainQuality.ACHY));
        refresh();
        clickButton(robot, "#checkInButton");
        // a box for each item of this recovery's plan, none for what the plan does not hold
        assertThat(robot.lookup("#did-hydration-water").tryQuery()).isPresent();
        assertThat(robot.lookup("#did-stretching-gentle").tryQuery()).isPresent();
        assertThat(robot.lookup("#did-device-percussion-gun").tryQuery()).isEmpty();
        assertThat(robot.lookup(".card-title").queryAllAs(Label.class).stream().map(Label::getText))
                .contains("What you did since the massage (optional)");
        typeInto(robot, "#sorenessField", "2");
        robot.interact(() -> robot.lookup("#did-hydration-water").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#did-stretching-gentle").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        clickButton(robot, "#saveButton");

        waitOrSay(() -> f.model.detail().checkIns().size() == 1, robot);
        assertThat(f.journal.checkIns(r.id())).singleElement()
                .satisfies(c -> assertThat(c.done()).containsExactly("hydration.water", "stretching.gentle"));
        TableView<?> table = robot.lookup("#checkInTable").queryAs(TableView.class);
        TableColumn<?, ?> did = table.getColumns().stream().filter(c -> "didColumn".equals(c.getId())).findFirst().orElseThrow();
        assertThat(did.getText()).isEqualTo("Did");
        assertThat(did.getCellData(table.getItems().size() - 1)).isEqualTo("Drink water; Gentle stretching");

        // editing the check-in shows what was ticked, and unticking one is kept
        robot.interact(() -> f.model.editCheckIn(f.model.detail().checkIns().get(0)));
        assertThat(robot.lookup("#did-hydration-water").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        robot.interact(() -> robot.lookup("#did-stretching-gentle").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));
        clickButton(robot, "#saveButton");
        waitOrSay(() -> f.journal.checkIns(r.id()).get(0).done().size() == 1, robot);
        assertThat(f.journal.checkIns(r.id()).get(0).done()).containsExactly("hydration.water");
    }

    @Test
    void invalidSorenessIsMarkedOnTheFieldAndBlocksSaving(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("thai", ScreenFixture.hoursBefore(f.clock.instant(), 5)));
        refresh();
        clickButton(robot, "#checkInButton");
        typeInto(robot, "#sorenessField", "11");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#sorenessField").queryAs(TextField.class).getStyleClass()).contains("error");
        assertThat(text(robot, "#sorenessError")).isEqualTo("Soreness must be a whole number from 0 to 10.");
        assertThat(f.journal.checkIns(r.id())).isEmpty();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.model.modeProperty().get()).isEqualTo(JournalViewModel.Mode.DETAIL);
    }

    @Test
    void aDeletedCheckInCanBeUndone(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 5)));
        refresh();
        checkIn(robot, "2");
        TableView<?> table = robot.lookup("#checkInTable").queryAs(TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.DELETE);
        waitUntil(() -> f.model.detail().checkIns().isEmpty());
        assertThat(f.journal.checkIns(r.id())).isEmpty();
        assertThat(text(robot, "#undoLabel")).endsWith("deleted.");

        clickButton(robot, "#undoButton");
        waitUntil(() -> f.model.detail().checkIns().size() == 1);
        assertThat(f.journal.checkIns(r.id())).singleElement().satisfies(c -> assertThat(c.soreness()).isEqualTo(2));
    }

    @Test
    void theCheckInFormWorksFromTheKeyboardAlone(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 5)));
        refresh();
        robot.interact(() -> robot.lookup("#recoveryList").query().requestFocus());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.model.modeProperty().get()).isEqualTo(JournalViewModel.Mode.CHECK_IN_FORM);

        Scene scene = robot.lookup("#sorenessField").query().getScene();
        java.util.Set<String> reached = new java.util.HashSet<>();
        for (int i = 0; i < 30; i++) {
            for (Node n = scene.getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    reached.add(n.getId());
                    break;
                }
            }
            robot.type(KeyCode.TAB);
        }
        assertThat(reached).contains("datePicker", "timeField", "nowButton", "sorenessSlider", "sorenessField",
                "achyButton", "red-flag-fever", "noteArea", "saveButton", "cancelButton");

        robot.interact(() -> robot.lookup("#sorenessField").query().requestFocus());
        robot.type(KeyCode.DIGIT2);
        robot.interact(() -> robot.lookup("#achyButton").query().requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> f.model.detail().checkIns().size() == 1);
        assertThat(f.journal.checkIns(r.id())).singleElement().satisfies(c -> assertThat(c.soreness()).isEqualTo(2));
    }

    /** Issue 8: a 48 h check-in of 7/10, sharp, after 5/10 at 24 h. */
    private Recovery sharpWorseningAt48Hours(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("deep-tissue", ScreenFixture.hoursBefore(f.clock.instant(), 48))
                .withEndSoreness(4, PainQuality.ACHY));
        f.journal.checkIn(new NewCheckIn(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 24), 5, PainQuality.ACHY,
                List.of(), null));
        refresh();
        clickButton(robot, "#checkInButton");
        typeInto(robot, "#sorenessField", "7");
        robot.interact(() -> robot.lookup("#sharpButton").queryAs(RadioButton.class).setSelected(true));
        clickButton(robot, "#saveButton");
        waitUntil(() -> f.model.detail().checkIns().size() == 2);
        assertThat(f.journal.checkIns(r.id()).get(1).judgement().warnings()).extracting(w -> w.code())
                .containsExactlyInAnyOrder("severe-soreness", "sharp-pain", "worsening");
        return r;
    }

    @Test
    void everyWarningOfACheckInIsNamedWithItsLevelInTheTableTheTooltipTheDetailAndTheCard(FxRobot robot)
            throws Exception {
        Recovery r = sharpWorseningAt48Hours(robot);
        long latest = f.model.detail().checkIns().get(1).id();
        String[] named = {"Caution: Severe soreness", "Caution: Sharp pain", "Caution: Soreness rising"};

        TableView<?> table = robot.lookup("#checkInTable").queryAs(TableView.class);
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> "warningsColumn".equals(c.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("the check-ins table has no warnings column"));
        assertThat(column.getText()).isEqualTo("Warnings");
        String cell = robot.lookup(".warnings-cell").queryAll().stream()
                .map(n -> String.join("\n", robot.from(n).lookup(".label").queryAllAs(Label.class).stream()
                        .map(Label::getText).toList()))
                .filter(t -> t.contains("Severe")).findFirst().orElse("");
        assertThat(cell).contains(named);

        assertThat(robot.lookup("#point-" + latest).query().getAccessibleHelp()).contains(named);
        assertThat(labels(robot, "#detailWarnings")).contains("Caution: Your soreness is severe")
                .contains("Caution: Sharp pain is not the usual ache").contains("Caution: Your soreness has risen");
        assertThat(labels(robot, "#recovery-" + r.id())).contains("Caution: Severe soreness")
                .contains("Caution: Sharp pain").contains("Caution: Soreness rising");
    }

    @Test
    void pastSeventyTwoHoursTheBannerStatesTheLastReadingAndAsksForACheckIn(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("deep-tissue", ScreenFixture.hoursBefore(f.clock.instant(), 103))
                .withEndSoreness(6, PainQuality.ACHY));
        f.journal.checkIn(new NewCheckIn(r.id(), ScreenFixture.hoursBefore(f.clock.instant(), 79), 5, PainQuality.ACHY,
                List.of(), null));
        refresh();

        Node banner = robot.lookup("#banner-" + r.id()).query();
        assertThat(robot.from(banner).lookup(".label").queryAs(Label.class).getText())
                .contains("It is 103 h since your massage; the last soreness you gave was 5/10, at 24 h")
                .contains("Please check in").doesNotContain("more than 72 hours after");
        assertThat(labels(robot, "#recovery-" + r.id())).contains("Latest soreness 5/10, at 24 h (Sat 7 Mar, 05:00)")
                .doesNotContain("still sore more than 72 hours");
        assertThat(text(robot, "#detailSince")).endsWith("Latest soreness 5/10, at 24 h (Sat 7 Mar, 05:00)");

        clickButton(robot, robot.from(banner).lookup(".button").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.model.modeProperty().get()).isEqualTo(JournalViewModel.Mode.CHECK_IN_FORM);
        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).isEqualTo("Check in: Deep tissue");
    }

    @Test
    void theSeventyTwoHourMessageIsTheBannerAndABadgeAndNothingPopsUpOverThem(FxRobot robot) throws Exception {
        Recovery r = f.journal.addRecovery(NewRecovery.of("deep-tissue", ScreenFixture.hoursBefore(f.clock.instant(), 80))
                .withEndSoreness(3, PainQuality.ACHY));
        refresh();
        refresh();

        assertThat(robot.lookup(".past-72-banner").queryAll()).hasSize(1);
        assertThat(robot.lookup("#overdue-" + r.id()).tryQuery()).as("no second line asking for the 72-hour check-in")
                .isEmpty();
        assertThat(robot.from(robot.lookup("#recovery-" + r.id()).queryAll()).lookup(".status-badge")
                .queryAs(Label.class).getText()).isEqualTo("Past 72 hours");
        // the engine's own 72-hour sentence speaks of a soreness past 72 hours that nobody gave
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("more than 72 hours")).queryAll()).isEmpty();
        assertThat(f.notifications).as("the banner already says it").isEmpty();
    }

    @Test
    void theChartShowsTheExpectedCourseNotABandName(FxRobot robot) throws Exception {
        f.journal.addRecovery(NewRecovery.of("deep-tissue", ScreenFixture.hoursBefore(f.clock.instant(), 30))
                .withEndSoreness(2, PainQuality.ACHY));
        refresh();
        waitUntil(() -> !robot.lookup(".expected-label").queryAs(Label.class).getText().isEmpty());

        assertThat(robot.lookup(".expected-label").queryAs(Label.class).getText())
                .isEqualTo("Usually eases within 24\u201348 h");
        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().matches("(?is).*\\b(mild|moderate|severe)\\b.*")).queryAll()).isEmpty();
    }

    @Test
    void noPopUpAppearsOverTheCheckInFormWhileTheJournalShowsTheReminder(FxRobot robot) throws Exception {
        f.popUps = new FxNotifier(() -> stage);
        Recovery r = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 11))
                .withEndSoreness(2, PainQuality.ACHY));
        refresh();
        clickButton(robot, "#checkInButton");
        f.clock.advance(Duration.ofHours(2));
        refresh();

        assertThat(robot.lookup("#overdue-" + r.id()).tryQuery()).isPresent();
        assertThat(f.model.modeProperty().get()).isEqualTo(JournalViewModel.Mode.CHECK_IN_FORM);
        assertThat(coveredControls(robot)).isEmpty();
        assertThat(f.notifications).isEmpty();
    }

    @Test
    void onAnotherScreenAReminderPopsUpOnlyWhereItCoversNoControl(FxRobot robot) throws Exception {
        f.popUps = new FxNotifier(() -> stage);
        f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 11))
                .withEndSoreness(2, PainQuality.ACHY));
        refresh();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(otherForm.get(0).getScene()).isNotNull();

        f.clock.advance(Duration.ofHours(2));
        refresh();
        assertThat(coveredControls(robot)).as("the form fills the window: no place for a pop-up").isEmpty();
        assertThat(f.notifications).isEmpty();

        robot.interact(() -> otherForm.subList(16, 32).forEach(field -> field.setVisible(false)));
        refresh();
        assertThat(f.notifications).singleElement().satisfies(n -> assertThat(n.title()).isEqualTo("Time to check in"));
        assertThat(popUps()).hasSize(1);
        assertThat(coveredControls(robot)).isEmpty();
        // a second reminder waits for the next refresh rather than taking the first one away unread
        boolean[] second = new boolean[1];
        robot.interact(() -> second[0] = f.popUps.notify("Time to check in", "Another recovery", false));
        assertThat(second[0]).isFalse();
        assertThat(popUps()).hasSize(1);

        // back on the journal, a pop-up that would now cover one of its controls is taken away
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(coveredControls(robot)).isEmpty();
    }

    /** The pop-up windows showing now (tooltips aside), in screen coordinates. */
    private static List<Bounds> popUps() {
        return Window.getWindows().stream().filter(w -> w instanceof Popup && w.isShowing())
                .map(w -> (Bounds) new BoundingBox(w.getX(), w.getY(), w.getWidth(), w.getHeight())).toList();
    }

    /** The visible controls of the window that a pop-up lies over. */
    private List<String> coveredControls(FxRobot robot) {
        List<Bounds> popUps = popUps();
        Bounds window = new BoundingBox(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        return robot.lookup((Node n) -> (n instanceof ButtonBase || n instanceof TextInputControl
                        || n instanceof ComboBoxBase || n instanceof Slider || n instanceof TableView)
                        && n.getScene() == stage.getScene() && NodeQueryUtils.isVisible().test(n)).queryAll().stream()
                .filter(n -> {
                    Bounds b = n.localToScreen(n.getBoundsInLocal());
                    return b != null && b.intersects(window) && popUps.stream().anyMatch(b::intersects);
                })
                .map(n -> n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())).toList();
    }

    /** Every label's text under the node, one a line. */
    private static String labels(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return String.join("\n", robot.from(node).lookup(".label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
    }

    @Test
    void exportAndImportAreInTheHeaderWithTheirMnemonics(FxRobot robot) throws Exception {
        f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 20))
                .withEndSoreness(3, PainQuality.ACHY));
        refresh();
        Path file = dir.resolve("journal.json");
        f.filesToSave.add(file);

        robot.press(KeyCode.ALT).type(KeyCode.X).release(KeyCode.ALT);
        waitUntil(() -> Files.exists(file) && !f.dialogs.isEmpty());
        assertThat(f.dialogs.get(0).title()).isEqualTo("Journal exported");

        f.filesToOpen.add(file);
        robot.press(KeyCode.ALT).type(KeyCode.I).release(KeyCode.ALT);
        waitUntil(() -> f.dialogs.size() == 2);
        // the journal's own export: nothing in it is new
        assertThat(f.dialogs.get(1).text())
                .isEqualTo("Added no recoveries and no check-ins; one recovery was already in the journal.");
        assertThat(f.model.rows()).hasSize(1);
    }
}
