package com.ublives.recovery;

import com.ublives.recovery.clinic.screen.PageImage;
import com.ublives.recovery.clinic.screen.SheetPages;
import com.ublives.recovery.clinic.screen.SheetPrinter;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.content.screen.ContentScreen;
import com.ublives.recovery.rules.MassageType;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
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
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic's own content reaches the other screens at once (issue 14), in the real window's screens
 * wired as the window wires them: Cupping added and saved on the Content screen is offered by the
 * assessment (with its own plan text) and by the journal's "Log a massage" form without a restart; going
 * back to the first version takes it away again, and the person who had chosen it is told so.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ContentFollowsScreensTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.messages");
    private static final String CUPPING_TEXT = "Round marks after cupping are usual and fade within a few days.";

    @TempDir
    static Path dir;
    /** Opened once, off the FX thread: opening a data folder takes longer than a window may take to start. */
    private static Services services;
    private BackgroundTasks tasks;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private Scene scene;

    @BeforeAll
    static void openData() {
        services = Services.open(dir.resolve("data"));
    }

    @AfterAll
    static void closeData() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        tasks = new BackgroundTasks(Platform::runLater);
        Clock clock = Clock.systemDefaultZone();
        DialogService dialogs = new DialogService() {
            @Override public void showError(String title, String message) { errors.add(title + ": " + message); }
            @Override public void showInformation(String title, String message) { }
            @Override public boolean confirm(String title, String message, String action) { return true; }
            @Override public Optional<Path> chooseFileToOpen(String title, List<FileType> types) { return Optional.empty(); }
            @Override public Optional<Path> chooseFileToSave(String title, String name, FileType type) { return Optional.empty(); }
            @Override public boolean showPrintDialog(javafx.print.PrinterJob job) { return false; }
        };
        SheetPrinter noPrinter = (paper, job) -> Optional.empty();
        MainWindow window = new MainWindow(TEXTS);
        PersonalScreens.add(window, services, tasks, TEXTS, clock, dialogs);
        window.addScreen(TEXTS.getString("nav.content"), Icons.CONTENT, () -> ContentScreen.create(new ContentScreen.Parts(
                services.content(), services.clinic(), new SheetPages(new SheetRenderer(SheetFont.load(), clock)),
                noPrinter, dialogs, tasks, Platform::runLater, TEXTS, clock)).root());
        scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private static void choose(FxRobot robot, String list, String itemText) {
        ListView<?> view = robot.lookup(list).queryAs(ListView.class);
        int at = java.util.stream.IntStream.range(0, view.getItems().size())
                .filter(i -> itemText.equals(textOf(view.getItems().get(i)))).findFirst().orElseThrow();
        robot.interact(() -> view.scrollTo(at));
        robot.clickOn(robot.from(view).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> itemText.equals(c.getText())).queryAs(Node.class));
    }

    private static String textOf(Object item) {
        if (item instanceof com.ublives.recovery.content.Section s) {
            return TEXTS.getString("content.section." + s.name());
        }
        return String.valueOf(item);
    }

    private static void pick(FxRobot robot, String combo, String value) {
        robot.clickOn(combo);
        ListView<?> popup = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        int at = popup.getItems().indexOf(value);
        assertThat(at).as(value + " is offered").isNotNegative();
        robot.interact(() -> popup.scrollTo(at));
        robot.clickOn(robot.from(popup).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> value.equals(c.getText())).queryAs(Node.class));
    }

    /** The massage box of the form in view (the assessment's and the journal's have the same id). */
    @SuppressWarnings("unchecked")
    private static ComboBox<MassageType> massageBox(FxRobot robot) {
        return (ComboBox<MassageType>) robot.lookup("#massageBox").match(n -> n.getScene() != null).queryAs(ComboBox.class);
    }

    private static List<String> offered(FxRobot robot) {
        return massageBox(robot).getItems().stream().map(MassageType::name).toList();
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
    }

    @Test
    void cuppingSavedOnTheContentScreenIsOfferedAtOnceAndGoesAgainOnRollBack(FxRobot robot) throws Exception {
        // the assessment before: no cupping; the person has chosen Thai and ticked a factor
        assertThat(offered(robot)).contains("Thai").doesNotContain("Cupping");
        robot.clickOn("#massageBox").write("Thai").type(KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#factor-dehydrated").queryAs(CheckBox.class).setSelected(true));

        // the Content screen: a Cupping massage type and a plan text only after it, saved
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#entryList").tryQuery()
                .map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        choose(robot, "#sectionList", "Massage types");
        robot.clickOn("#addEntryButton");
        retype(robot, "#field-id", "cupping");
        retype(robot, "#field-name", "Cupping");
        pick(robot, "#field-baseBand", "MODERATE");
        choose(robot, "#sectionList", "Plan items");
        robot.clickOn("#addEntryButton");
        retype(robot, "#field-id", "active-rest.cupping-marks");
        retype(robot, "#field-title", "Cupping marks");
        retype(robot, "#field-text", CUPPING_TEXT);
        robot.clickOn("#field-massageIn-cupping");
        robot.clickOn("#contentSaveButton");
        waitUntil(() -> label(robot, "#contentInUse").equals("In use: version 2 (2026.11-2+2)"));

        // the assessment offers it now, keeps what was chosen, and gives cupping its own plan
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> offered(robot).contains("Cupping"));
        assertThat(massageBox(robot).getValue().name()).as("the choice made before stays").isEqualTo("Thai");
        assertThat(robot.lookup("#factor-dehydrated").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(shown(robot, "#rulesNote")).as("nothing was taken away").isFalse();
        robot.interact(() -> massageBox(robot).setValue(massageBox(robot).getItems().stream()
                .filter(m -> m.id().equals("cupping")).findFirst().orElseThrow()));
        robot.clickOn("#showPlanButton");
        waitUntil(() -> !robot.lookup(ContentFollowsScreensTest::showsCupping).queryAll().isEmpty());

        // the journal's "Log a massage" form offers it too
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> shown(robot, "#logMassageButton"));
        robot.clickOn("#logMassageButton");
        waitUntil(() -> shown(robot, "#massageRulesNote") || offered(robot).contains("Cupping"));
        assertThat(offered(robot)).contains("Cupping");
        robot.interact(() -> massageBox(robot).setValue(massageBox(robot).getItems().stream()
                .filter(m -> m.id().equals("cupping")).findFirst().orElseThrow()));

        // back to the first version: cupping is gone from both forms, and each says so in one sentence
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        robot.interact(() -> robot.lookup("#contentTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        ListView<?> versions = robot.lookup("#versionList").queryAs(ListView.class);
        waitUntil(() -> versions.getItems().size() == 2);
        robot.interact(() -> versions.getSelectionModel().select(1));
        robot.clickOn("#useVersionButton");
        waitUntil(() -> label(robot, "#contentInUse").equals("In use: version 1 (2026.11-2)"));

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        waitUntil(() -> !offered(robot).contains("Cupping"));
        assertThat(massageBox(robot).getValue()).isNull();
        assertThat(label(robot, "#massageRulesNote"))
                .isEqualTo("The rules in use changed; no longer offered, so taken off this form: Cupping.");
        assertThat(shown(robot, "#massageRulesNote")).isTrue();

        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
        waitUntil(() -> !offered(robot).contains("Cupping"));
        assertThat(massageBox(robot).getValue()).isNull();
        assertThat(shown(robot, "#rulesNote")).isTrue();
        assertThat(label(robot, "#rulesNote"))
                .isEqualTo("The rules in use changed; no longer offered, so taken off this form: Cupping.");
        assertThat(robot.lookup("#factor-dehydrated").queryAs(CheckBox.class).isSelected()).as("still there, still ticked").isTrue();
        assertThat(errors).isEmpty();
        String shot = System.getProperty("content.followScreenshot");
        if (shot != null) {
            robot.interact(() -> com.ublives.recovery.ui.SceneShots.save(scene, Path.of(shot)));
        }
    }

    /** A text of the plan on show that is the clinic's own cupping text. */
    private static boolean showsCupping(Node n) {
        String text = n instanceof javafx.scene.control.Labeled l ? l.getText() : n instanceof javafx.scene.text.Text t ? t.getText() : null;
        return text != null && text.contains(CUPPING_TEXT) && n.isVisible() && n.getScene() != null;
    }
}
