package com.ublives.recovery;

import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The person's journey across the real screens, wired as the window wires them: from a plan to the journal. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class JourneyScreensTest {

    @TempDir
    static Path dir;
    /** Opened once, off the FX thread: opening a data folder takes longer than a window may take to start. */
    private static Services services;
    private BackgroundTasks tasks;
    /** The files the person picks in the save chooser, in turn, and what they were told. */
    private final java.util.Deque<Path> filesToSave = new java.util.concurrent.ConcurrentLinkedDeque<>();
    private final java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Dialogs recorded instead of shown: a test cannot answer a native file chooser. */
    private final DialogService dialogs = new DialogService() {
        @Override public void showError(String title, String message) { told.add(title + ": " + message); }
        @Override public void showInformation(String title, String message) { told.add(title + ": " + message); }
        @Override public boolean confirm(String title, String message, String action) { return true; }
        @Override public java.util.Optional<Path> chooseFileToOpen(String title, java.util.List<FileType> types) {
            return java.util.Optional.empty();
        }
        @Override public java.util.Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
            return java.util.Optional.ofNullable(filesToSave.poll());
        }
        @Override public boolean showPrintDialog(javafx.print.PrinterJob job) { return false; }
    };

    /** The pages sent to the printer after the print dialog said yes; the dialog's answer is the test's. */
    private final java.util.List<com.ublives.recovery.clinic.screen.PageImage> printed =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.List<String> printJobs = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean printDialogAnswer = true;
    private final com.ublives.recovery.clinic.screen.SheetPrinter printer = (paper, jobName) -> {
        printJobs.add(jobName);
        if (!printDialogAnswer) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new com.ublives.recovery.clinic.screen.SheetPrinter.Run() {
            @Override public float dpi() { return 36; }
            @Override public void page(com.ublives.recovery.clinic.screen.PageImage page) { printed.add(page); }
            @Override public boolean end() { return true; }
            @Override public void cancel() { }
        });
    };

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
        ResourceBundle texts = ResourceBundle.getBundle("i18n.messages");
        tasks = new BackgroundTasks(Platform::runLater);
        MainWindow window = new MainWindow(texts);
        PersonalScreens.add(window, services, tasks, texts, Clock.systemDefaultZone(), dialogs, printer);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    /** The recovery added last (each test adds one to the shared data folder). */
    private static Recovery newest() {
        return services.journal().recoveries().stream().max(java.util.Comparator.comparingLong(Recovery::id)).orElseThrow();
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> condition.get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void typeInto(FxRobot robot, String field, String text) {
        TextField node = robot.lookup(field).queryAs(TextField.class);
        robot.interact(() -> {
            node.requestFocus();
            node.selectAll();
        });
        robot.write(text);
    }

    private static void tick(FxRobot robot, String id) {
        CheckBox box = robot.lookup(id).queryAs(CheckBox.class);
        robot.interact(() -> box.setSelected(true));
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(query).query().getScene() != null;
    }

    @Test
    void trackThisInMyJournalKeepsTheAssessmentAsEnteredAndOpensItInTheJournal(FxRobot robot) throws Exception {
        int before = services.journal().recoveries().size();
        assertThat(robot.lookup("#keepButton").tryQuery()).as("no plan, no button").isEmpty();
        robot.clickOn("#massageBox").write("Deep").type(KeyCode.ENTER);
        typeInto(robot, "#sorenessField", "5");
        robot.interact(() -> robot.lookup("#sharpButton").queryAs(javafx.scene.control.RadioButton.class).setSelected(true));
        tick(robot, "#factor-dehydrated");
        tick(robot, "#condition-blood-thinners");
        tick(robot, "#area-neck");
        tick(robot, "#area-lower-back");
        robot.interact(() -> robot.lookup("#sorenessField").query().requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#keepButton"));

        robot.interact(() -> robot.lookup("#keepButton").queryButton().fire());

        waitUntil(() -> robot.lookup("#detailTitle").tryQuery().map(n -> n.getScene() != null && n.isVisible()
                && "Deep tissue".equals(((Label) n).getText())).orElse(false));
        assertThat(services.journal().recoveries()).hasSize(before + 1);
        Recovery r = newest();
        assertThat(r.massage()).isEqualTo("deep-tissue");
        assertThat(r.endSoreness()).isEqualTo(5);
        assertThat(r.quality().id()).isEqualTo("sharp");
        assertThat(r.factors()).containsExactly("dehydrated");
        assertThat(r.conditions()).containsExactly("blood-thinners");
        assertThat(r.areas()).containsExactly("neck", "lower-back");
        assertThat(robot.lookup("#detailAreas").queryAs(Label.class).getText()).isEqualTo("Sore: Neck, Lower back");
        assertThat(robot.lookup("#recovery-" + r.id()).tryQuery()).isPresent();
    }

    @Test
    void aPlanWithAWarningSignIsKeptAsAFirstCheckInThatCarriesIt(FxRobot robot) throws Exception {
        int before = services.journal().recoveries().size();
        robot.clickOn("#massageBox").write("Swed").type(KeyCode.ENTER);
        typeInto(robot, "#sorenessField", "4");
        tick(robot, "#red-flag-fever");
        robot.interact(() -> robot.lookup("#sorenessField").query().requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#keepButton"));

        robot.interact(() -> robot.lookup("#keepButton").queryButton().fire());

        waitUntil(() -> services.journal().recoveries().size() == before + 1
                && robot.lookup("#checkInTable").tryQuery().map(n -> n.getScene() != null).orElse(false));
        Recovery r = newest();
        assertThat(services.journal().checkIns(r.id())).singleElement()
                .satisfies(c -> assertThat(c.redFlags()).containsExactly("fever"));
        waitUntil(() -> robot.lookup("#checkInTable").queryTableView().getItems().size() == 1);
    }

    @Test
    void saveAsPdfWritesThePlanOnOnePageWithItsWarningAndNoClinic(FxRobot robot) throws Exception {
        robot.clickOn("#massageBox").write("Deep").type(KeyCode.ENTER);
        typeInto(robot, "#sorenessField", "5");
        robot.interact(() -> robot.lookup("#sharpButton").queryAs(javafx.scene.control.RadioButton.class).setSelected(true));
        robot.interact(() -> robot.lookup("#sorenessField").query().requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#pdfButton"));
        Path pdf = dir.resolve("plan.pdf");
        filesToSave.add(pdf);

        robot.interact(() -> robot.lookup("#pdfButton").queryButton().fire());

        waitUntil(() -> told.size() == 1);
        assertThat(told.get(0)).startsWith("Plan saved: Your plan was saved to " + pdf);
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("My recovery plan").contains("Deep tissue").contains("Note your soreness")
                    .contains("Get care now if you notice any of these").doesNotContain("CLIENT");
            // the sharp-pain warning the plan screen shows is on the paper too
            assertThat(text).contains("Please note:");
        }
    }

    @Test
    void printOpensThePrintDialogAndSendsThePlanAsOnePageNextToSaveAsPdf(FxRobot robot) throws Exception {
        robot.clickOn("#massageBox").write("Swedish").type(KeyCode.ENTER);
        typeInto(robot, "#sorenessField", "3");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#printButton"));
        assertThat(shown(robot, "#pdfButton")).isTrue();
        assertThat(robot.lookup("#printButton").queryButton().getText()).isEqualTo("Pr_int\u2026");

        printDialogAnswer = false;
        robot.interact(() -> robot.lookup("#printButton").queryButton().fire());
        waitUntil(() -> "Not printed.".equals(robot.lookup("#actionMessage").queryAs(javafx.scene.control.Label.class).getText()));
        assertThat(printJobs).containsExactly("My recovery plan");
        assertThat(printed).isEmpty();

        printDialogAnswer = true;
        robot.interact(() -> robot.lookup("#printButton").queryButton().fire());
        waitUntil(() -> printed.size() == 1);
        waitUntil(() -> "Sent one page to the printer.".equals(
                robot.lookup("#actionMessage").queryAs(javafx.scene.control.Label.class).getText()));
        assertThat(printJobs).hasSize(2);
        // the page is the plan's sheet (A4 at the printer's 36 dpi), not an empty image
        com.ublives.recovery.clinic.screen.PageImage page = printed.get(0);
        assertThat(page.width()).isBetween(290, 310);
        assertThat(java.util.Arrays.stream(page.argb()).filter(p -> (p & 0xFFFFFF) != 0xFFFFFF).count()).isGreaterThan(1000);
        assertThat(told).as("nothing went wrong").isEmpty();
    }
}
