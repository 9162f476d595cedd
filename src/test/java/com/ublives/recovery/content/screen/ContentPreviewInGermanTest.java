package com.ublives.recovery.content.screen;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.screen.SheetPages;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.ui.BackgroundTasks;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content screen's preview on a German desk reads as the German desk's other screens do: the sample's
 * band, plan and warnings in the rule set's German texts (its translations), the warning levels in German.
 * The rule set itself, which the editor edits, keeps its own texts. The editor's problems on a field are
 * German too, the safety floor's among them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ContentPreviewInGermanTest {

    private static final ResourceBundle GERMAN = Language.GERMAN.messages();

    @TempDir
    static Path dir;

    private Services services;
    private ContentScreen screen;

    @Start
    void start(Stage stage) throws Exception {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Clock clock = Clock.fixed(LocalDateTime.of(2026, 5, 12, 17, 0).atZone(zone).toInstant(), zone);
        services = Services.open(Files.createTempDirectory(dir, "data"));
        screen = ContentScreen.create(new ContentScreen.Parts(services.content(), services.clinic(),
                new SheetPages(new SheetRenderer(SheetFont.load(), clock)), new ContentScreensTest.Printer(),
                new ContentScreensTest.Dialogs(), new BackgroundTasks(Platform::runLater), Platform::runLater,
                GERMAN, clock));
        stage.setScene(new Scene(screen.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theSamplesPlanAndWarningsAreInGerman(FxRobot robot) throws Exception {
        SamplePreviewViewModel preview = screen.models().preview();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !preview.lines().isEmpty());

        robot.interact(() -> preview.redFlags().add("bladder-bowel"));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = WaitForAsyncUtils.asyncFx(() -> List.copyOf(preview.lines())).get();
        List<String> warnings = WaitForAsyncUtils.asyncFx(() -> List.copyOf(preview.warnings())).get();
        assertThat(lines).anyMatch(l -> l.startsWith("Wasser trinken: Trinken Sie über den Tag verteilt"))
                .noneMatch(l -> l.contains("Drink"));
        assertThat(warnings).anyMatch(w -> w.startsWith("[Notfall] ") && w.contains("Notruf 112"))
                .noneMatch(w -> w.contains("EMERGENCY") || w.contains("emergency"));
        // the rule set being edited keeps its own (English) texts: only what is shown is German
        assertThat(screen.models().editor().draftProperty().get().planItems().stream()
                .filter(i -> i.id().equals("hydration.water")).findFirst().orElseThrow().title()).isEqualTo("Drink water");
    }
    @Test
    void aFieldsProblemAndWhyARowMustStayAreNamedInGerman(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#entryList").queryAs(ListView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        click(robot, "#sectionList", GERMAN.getString("content.section.MASSAGES"));
        click(robot, "#entryList", "Thai (MODERATE)");
        retype(robot, "#field-name", "");
        assertThat(problem(robot, "name")).isEqualTo("Name ist leer");
        retype(robot, "#field-name", "Thai");
        assertThat(problem(robot, "name")).isEmpty();

        click(robot, "#sectionList", GERMAN.getString("content.section.BANDS"));
        click(robot, "#entryList", "LIGHT · ");
        retype(robot, "#field-minHours", "zwölf");
        assertThat(problem(robot, "minHours")).isEqualTo("Bitte eine ganze Zahl eingeben, z. B. 24");
        retype(robot, "#field-minHours", "12");

        click(robot, "#sectionList", GERMAN.getString("content.section.RED_FLAGS"));
        click(robot, "#entryList", "Swelling, warmth or redness in one calf or leg (URGENT)");
        robot.interact(() -> robot.lookup("#field-level").queryAs(javafx.scene.control.ComboBox.class).setValue("CAUTION"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot, "level"))
                .isEqualTo("Die Stufe CAUTION liegt unter URGENT der Sicherheitsgrenze; eine Stufe darf angehoben, nie gesenkt werden");
        robot.interact(() -> robot.lookup("#field-level").queryAs(javafx.scene.control.ComboBox.class).setValue("URGENT"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem(robot, "level")).isEmpty();
        robot.clickOn("#deleteEntryButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contentStatus").queryAs(Label.class).getText()).isEqualTo("Dies gehört zur Sicherheitsgrenze,"
                + " die jedes Regelwerk behält, und kann deshalb nicht gelöscht werden. Die Sicherheitsgrenze verlangt diese Zeile"
                + " mit der Stufe URGENT oder höher.");
    }

    private static String problem(FxRobot robot, String field) {
        return robot.lookup("#problem-" + field).queryAs(Label.class).getText();
    }

    /** Clicks the list's first cell that starts with {@code text}, scrolled into view, as a person would. */
    private static void click(FxRobot robot, String list, String text) {
        ListView<?> view = robot.lookup(list).queryAs(ListView.class);
        int at = java.util.stream.IntStream.range(0, view.getItems().size()).filter(i -> (view.getItems().get(i)
                instanceof com.ublives.recovery.content.Entry e ? e.title()
                : GERMAN.getString("content.section." + ((Enum<?>) view.getItems().get(i)).name())).startsWith(text)).findFirst().orElseThrow();
        robot.interact(() -> view.scrollTo(at));
        robot.clickOn(robot.from(view).lookup(".list-cell").match((ListCell<?> c) -> c.getText() != null && c.getText().startsWith(text)).queryAs(Node.class));
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
        WaitForAsyncUtils.waitForFxEvents();
    }
}
