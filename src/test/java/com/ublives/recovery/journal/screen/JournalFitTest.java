package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.NewCheckIn;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.FitCheck;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
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

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal at the window's smallest size (900×600): nothing cut, nothing to scroll sideways. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class JournalFitTest {

    @TempDir
    Path dir;
    private ScreenFixture f;
    private Scene scene;

    @Start
    void start(Stage stage) {
        f = new ScreenFixture(dir, Platform::runLater);
        MainWindow window = new MainWindow(f.texts);
        window.addScreen(f.texts.getString("nav.assessment"), Icons.ASSESSMENT, new Label("assessment"));
        window.addScreen(f.texts.getString("nav.journal"), Icons.JOURNAL, JournalScreen.load(f.model, f.texts));
        scene = new Scene(window.root(), 900, 600);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        // the window takes the scene's size; setting the stage's own size would carry over to later test classes
        stage.sizeToScene();
        stage.show();
        window.root().lookupAll(".nav-item").stream().map(javafx.scene.control.ToggleButton.class::cast)
                .filter(b -> b.getText().equals("Journal")).findFirst().orElseThrow().setSelected(true);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** A recovery past 72 hours, one with its 12-hour check-in due, and a sharp 7/10 at 48 h after 5/10 with a note. */
    private Recovery busyJournal(FxRobot robot) throws Exception {
        Instant now = f.clock.instant();
        Recovery sports = f.journal.addRecovery(NewRecovery.of("sports", ScreenFixture.hoursBefore(now, 103))
                .withEndSoreness(5, PainQuality.ACHY));
        f.journal.checkIn(NewCheckIn.of(sports.id(), sports.startedAt().plusSeconds(24 * 3600), 5));
        f.journal.addRecovery(NewRecovery.of("trigger-point", ScreenFixture.hoursBefore(now, 14))
                .withEndSoreness(3, PainQuality.ACHY));
        Recovery deep = f.journal.addRecovery(NewRecovery.of("myofascial-release", ScreenFixture.hoursBefore(now, 49))
                .withEndSoreness(4, PainQuality.ACHY).withDetails("Anna Berg", "City Physio", null));
        f.journal.checkIn(NewCheckIn.of(deep.id(), deep.startedAt().plusSeconds(24 * 3600), 5));
        f.journal.checkIn(NewCheckIn.of(deep.id(), deep.startedAt().plusSeconds(48 * 3600), 7)
                .withQuality(PainQuality.SHARP).withNote("Sharp when turning my head to the left"));
        f.model.refresh().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> f.model.select(f.model.rows().stream().filter(r -> r.id() == deep.id()).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> f.model.detail().checkIns().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        return deep;
    }

    private List<String> problems(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(FitCheck.problems(scene.getRoot())));
        return found.get();
    }

    @Test
    void aBusyJournalFitsTheSmallestWindow(FxRobot robot) throws Exception {
        busyJournal(robot);

        assertThat(problems(robot)).isEmpty();
        robot.interact(() -> robot.lookup(".detail-scroll").queryAs(ScrollPane.class).setVvalue(1));
        assertThat(problems(robot)).isEmpty();
    }

    /**
     * At 200 % text the banner of the recovery past 72 hours wraps onto several lines in its scrolling strip:
     * its warning icon stays beside the first line (it was centred on all of them, below the strip's edge).
     * (At 200 % the window is meant to be 1280×800, where ScreensFitTest checks the rest.)
     */
    @Test
    void atTwiceTheTextEveryIconStaysBesideItsFirstLine(FxRobot robot) throws Exception {
        robot.interact(() -> {
            com.ublives.recovery.ui.Appearance look = new com.ublives.recovery.ui.Appearance();
            look.set(com.ublives.recovery.settings.Theme.LIGHT, 200);
            look.apply(scene);
        });
        busyJournal(robot);

        assertThat(robot.lookup(".past-72-banner").queryAll()).hasSize(1);
        assertThat(problems(robot)).filteredOn(p -> p.startsWith("icon")).isEmpty();
    }

    @Test
    void theTableListsTheSorenessAtTheEndOfTheMassageFirst(FxRobot robot) throws Exception {
        busyJournal(robot);

        TableView<?> table = robot.lookup("#checkInTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        CheckInRow start = (CheckInRow) table.getItems().get(0);
        assertThat(start.hours()).isEqualTo("0");
        assertThat(start.soreness()).isEqualTo(4);
        assertThat(start.status()).isEqualTo("End of the massage");
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#editButton").query().isDisabled()).as("the start row is no check-in to edit").isTrue();
        assertThat(robot.lookup("#deleteButton").query().isDisabled()).isTrue();
    }

    @Test
    void withNoRecoveriesTheDetailSaysHowToStart(FxRobot robot) throws Exception {
        f.model.refresh().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        Label hint = robot.lookup("#selectHint").queryAs(Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).startsWith("To start, log a massage").doesNotContain("Choose a recovery");
        assertThat(problems(robot)).isEmpty();
    }
}
