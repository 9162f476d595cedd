package com.ublives.recovery.content.screen;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.screen.PageImage;
import com.ublives.recovery.clinic.screen.SheetPages;
import com.ublives.recovery.clinic.screen.SheetPrinter;
import com.ublives.recovery.clinic.sheet.SheetContent;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import com.ublives.recovery.ui.SceneShots;
import javafx.application.Platform;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the real Content screen in the main window, headless, on an H2 file (issue 14): a clinic adds a
 * "Cupping" massage type with its band and a plan text of its own, sees the problems as it types,
 * previews, saves, prints a sheet that uses it, and rolls back. Dialogs and the printer are fakes.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ContentScreensTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.messages");
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    private static final String CUPPING_TEXT = "Round marks after cupping are usual and fade within a few days;"
            + " see a doctor if one blisters or hurts more each day.";

    private static final SheetFont FONT = SheetFont.load();

    static {
        // Opening a first folder loads the database and migrations: done here, not in @Start, whose time is limited.
        try {
            Path warm = Files.createTempDirectory("content-warm-up");
            Services.open(warm).close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    static Path dir;

    private Services services;
    private ClinicService clinic;
    private final Dialogs dialogs = new Dialogs();
    private final Printer printer = new Printer();
    private ContentScreen screen;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 5, 12, 17, 0).atZone(ZONE).toInstant(), ZONE);
        services = Services.open(Files.createTempDirectory(dir, "data"));
        clinic = services.clinic();
        clinic.saveProfile(new ClinicProfile("Harbour Street Massage Clinic", "12 Harbour Street, Gdańsk",
                "+48 58 123 45 67", "", "", null, List.of("Anna Nowak"), Paper.A4, ""));
        screen = ContentScreen.create(new ContentScreen.Parts(services.content(), clinic,
                new SheetPages(new SheetRenderer(FONT, clock)), printer, dialogs,
                new BackgroundTasks(Platform::runLater), Platform::runLater, TEXTS, clock));
        MainWindow window = new MainWindow(TEXTS);
        window.addScreen(TEXTS.getString("nav.content"), Icons.CONTENT, screen.root());
        scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces a field's text as a person would: select all, type. */
    private static void retype(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.BACK_SPACE);
        if (!text.isEmpty()) {
            robot.write(text);
        }
    }

    private static void choose(FxRobot robot, String list, String itemText) {
        ListView<?> view = robot.lookup(list).queryAs(ListView.class);
        int at = java.util.stream.IntStream.range(0, view.getItems().size())
                .filter(i -> String.valueOf(textOf(view.getItems().get(i))).equals(itemText)).findFirst().orElseThrow();
        robot.interact(() -> view.scrollTo(at));
        robot.clickOn(robot.from(view).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> itemText.equals(c.getText())).queryAs(Node.class));
    }

    private static Object textOf(Object item) {
        if (item instanceof com.ublives.recovery.content.Entry e) {
            return e.title();
        }
        if (item instanceof com.ublives.recovery.content.Section s) {
            return TEXTS.getString("content.section." + s.name());
        }
        return item;
    }

    /** Opens the combo box, scrolls its list to the value and clicks it, as a person would. */
    private static void pick(FxRobot robot, String combo, String value) {
        robot.clickOn(combo);
        ListView<?> popup = robot.lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        int at = popup.getItems().indexOf(value);
        assertThat(at).as(value + " is offered").isNotNegative();
        robot.interact(() -> popup.scrollTo(at));
        robot.clickOn(robot.from(popup).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> value.equals(c.getText())).queryAs(Node.class));
    }

    private static List<String> lines(FxRobot robot, String box) {
        return robot.lookup(box).queryAs(VBox.class).getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aClinicAddsCuppingWithItsBandAndPlanTextPreviewsSavesPrintsItsSheetAndRollsBack(FxRobot robot) throws Exception {
        waitUntil(() -> !robot.lookup("#entryList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(text(robot, "#contentInUse")).isEqualTo("In use: version 1 (2026.11-2)");
        Button save = robot.lookup("#contentSaveButton").queryAs(Button.class);
        assertThat(save.isDisabled()).as("nothing to save yet").isTrue();

        // 1. a new massage type, its id first typed wrong: the problem shows on the field as it is typed
        choose(robot, "#sectionList", "Massage types");
        robot.clickOn("#addEntryButton");
        retype(robot, "#field-id", "Cupping!");
        assertThat(text(robot, "#problem-id")).isEqualTo("use lower-case letters, digits and hyphens, e.g. cupping");
        assertThat(save.isDisabled()).isTrue();
        retype(robot, "#field-id", "cupping");
        assertThat(text(robot, "#problem-id")).isEmpty();
        retype(robot, "#field-name", "");
        assertThat(text(robot, "#problem-name")).isNotEmpty();
        assertThat(save.isDisabled()).as("a problem stands").isTrue();
        retype(robot, "#field-name", "Cupping");
        pick(robot, "#field-baseBand", "MODERATE");
        assertThat(text(robot, "#problem-name")).isEmpty();

        // 2. a plan text of its own, only after cupping
        choose(robot, "#sectionList", "Plan items");
        robot.clickOn("#addEntryButton");
        retype(robot, "#field-id", "active-rest.cupping-marks");
        retype(robot, "#field-title", "Cupping marks");
        retype(robot, "#field-text", CUPPING_TEXT);
        robot.clickOn("#field-massageIn-cupping");
        assertThat(robot.lookup("#draftProblems").queryAs(VBox.class).getChildren()).isEmpty();

        // 3. the safety floor: a red flag is not lowered, a floor rule not deleted, and the editor says why
        choose(robot, "#sectionList", "Red flags");
        choose(robot, "#entryList", "Swelling, warmth or redness in one calf or leg (URGENT)");
        pick(robot, "#field-level", "CAUTION");
        assertThat(text(robot, "#problem-level")).contains("below the safety floor's URGENT").contains("never lowered");
        assertThat(save.isDisabled()).isTrue();
        pick(robot, "#field-level", "URGENT");
        assertThat(text(robot, "#problem-level")).isEmpty();
        robot.clickOn("#deleteEntryButton");
        assertThat(text(robot, "#contentStatus")).startsWith("This is part of the safety floor");
        assertThat(robot.lookup("#entryList").queryAs(ListView.class).getItems()).hasSize(10);

        // 4. the live preview: the sample after cupping gets its band and the clinic's text
        robot.interact(() -> robot.lookup("#contentTabs").queryAs(TabPane.class).getSelectionModel().select(0));
        pick(robot, "#sampleMassage", "cupping");
        waitUntil(() -> lines(robot, "#previewLines").stream().anyMatch(l -> l.startsWith("Cupping marks: ")));
        assertThat(lines(robot, "#previewLines").get(0)).startsWith("Expect: Moderate");
        assertThat(lines(robot, "#previewLines")).contains("Cupping marks: " + CUPPING_TEXT + " (any time)");
        assertThat(lines(robot, "#draftChanges")).contains("Added massage type Cupping (cupping)", "Added plan item Cupping marks (active-rest.cupping-marks)");
        assertThat(services.content().versions()).as("a preview stores nothing").hasSize(1);
        String shot = System.getProperty("content.screenshot");
        if (shot != null) {
            robot.interact(() -> SceneShots.save(scene, Path.of(shot)));
        }

        // 5. save: a new version, in use, named on every plan and sheet from now on
        retype(robot, "#savedByField", "Anna Nowak");
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        waitUntil(() -> text(robot, "#contentInUse").equals("In use: version 2 (2026.11-2+2)"));
        assertThat(text(robot, "#contentStatus")).startsWith("Saved as version 2 (2026.11-2+2) and in use.");
        assertThat(services.planner().ruleSet().massageType("cupping").name()).isEqualTo("Cupping");
        assertThat(services.content().versions().get(1).savedBy()).isEqualTo("Anna Nowak");

        // 6. the sheet that uses it: drawn, printed (fake printer) and saved as PDF
        robot.clickOn("#showSheetButton");
        waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);
        SheetContent sheet = screen.models().preview().sheet().sheetProperty().get();
        assertThat(sheet.massageName()).isEqualTo("Cupping");
        assertThat(sheet.outcome().ruleSetVersion()).isEqualTo("2026.11-2+2");
        assertThat(sheet.outcome().plan()).extracting(Outcome.PlannedItem::text).contains(CUPPING_TEXT);
        robot.clickOn("#printButton");
        waitUntil(() -> printer.ended);
        assertThat(printer.pages).hasSize(1);
        Path pdf = dir.resolve("cupping.pdf");
        dialogs.filesToSave.add(pdf);
        robot.clickOn("#savePdfButton");
        waitUntil(() -> Files.exists(pdf) && !robot.lookup("#savePdfButton").queryAs(Button.class).isDisabled());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(printed).contains("Cupping", "Round marks after cupping are usual", "Rule set 2026.11-2+2");
        }

        // 7. the history: who saved what, and back to the first version
        robot.interact(() -> robot.lookup("#contentTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        ListView<?> versions = robot.lookup("#versionList").queryAs(ListView.class);
        assertThat(versions.getItems()).hasSize(2);
        waitUntil(() -> robot.lookup("#versionChanges").queryAs(ListView.class).getItems().contains("Added massage type Cupping (cupping)"));
        assertThat(screen.models().editor().describe(services.content().versions().get(1)))
                .startsWith("Version 2 · 2026.11-2+2 · Anna Nowak · ").endsWith(" · in use");
        robot.interact(() -> versions.getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#versionChanges").queryAs(ListView.class).getItems()
                .equals(List.of(TEXTS.getString("content.history.first"))));
        robot.clickOn("#useVersionButton");
        waitUntil(() -> text(robot, "#contentInUse").equals("In use: version 1 (2026.11-2)"));
        assertThat(services.planner().ruleSet().massageType("cupping")).isNull();
        assertThat(robot.lookup("#sampleMassage").queryAs(ComboBox.class).getItems()).doesNotContain("cupping");

        // 8. the bundled rules again, as a new version; the history is kept
        dialogs.confirmAnswers.add(true);
        robot.clickOn("#restoreBundledButton");
        waitUntil(() -> text(robot, "#contentInUse").equals("In use: version 3 (2026.11-2+3)"));
        assertThat(services.content().versions()).hasSize(3);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aRedFlagDeletedOrAFieldLeftEmptyIsNeverSaved(FxRobot robot) throws Exception {
        try {
            waitUntil(() -> !robot.lookup("#entryList").queryAs(ListView.class).getItems().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("errors " + dialogs.errors + " entries " + screen.models().editor().entries().size()
                    + " status " + screen.models().editor().statusProperty().get(), e);
        }
        choose(robot, "#sectionList", "Warnings");
        assertThat(robot.lookup("#entryList").queryAs(ListView.class).getItems()).isNotEmpty();
        robot.clickOn(robot.lookup("#entryList .list-cell").queryAs(Node.class));
        robot.clickOn("#deleteEntryButton");
        assertThat(text(robot, "#contentStatus")).startsWith("Bands, cut-points and warnings can be reworded");
        retype(robot, "#field-message", " ");
        assertThat(text(robot, "#problem-message")).isNotEmpty();
        assertThat(robot.lookup("#contentSaveButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#contentDiscardButton");
        assertThat(robot.lookup("#field-message").queryAs(TextInputControl.class).getText()).isNotBlank();
        assertThat(services.content().versions()).hasSize(1);
    }

    /** Dialogs answered in advance; errors recorded. */
    static final class Dialogs implements DialogService {
        final List<String> errors = new CopyOnWriteArrayList<>();
        final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
        final Deque<Path> filesToSave = new ArrayDeque<>();

        @Override public void showError(String title, String message) { errors.add(title + ": " + message); }
        @Override public void showInformation(String title, String message) { }
        @Override public synchronized boolean confirm(String title, String message, String action) {
            return !confirmAnswers.isEmpty() && confirmAnswers.pop();
        }
        @Override public Optional<Path> chooseFileToOpen(String title, List<FileType> types) { return Optional.empty(); }
        @Override public synchronized Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            return Optional.ofNullable(filesToSave.poll());
        }
        @Override public boolean showPrintDialog(PrinterJob job) { return false; }
    }

    /** A printer that keeps the pages it is sent. */
    static final class Printer implements SheetPrinter {
        final List<PageImage> pages = new CopyOnWriteArrayList<>();
        volatile boolean ended;

        @Override
        public Optional<Run> begin(Paper paper, String jobName) {
            return Optional.of(new Run() {
                @Override public float dpi() { return 36; }
                @Override public void page(PageImage page) { pages.add(page); }
                @Override public boolean end() { ended = true; return true; }
                @Override public void cancel() { }
            });
        }
    }
}
