package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.ReleaseDataFolder;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
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

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's history of sessions in the real clinic screen, on a data folder made by the release before
 * sessions left the journal (migrated on open): list a client's sessions, open one in the session form,
 * change it, and delete one only after saying yes.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClientHistoryScreensTest {

    @TempDir
    Path dir;

    private ClinicFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * Opens (and so migrates) the release's data folder on the test thread, not in @Start on the FX thread,
     * where a slow migration would run past the toolkit's setup time; then shows the clinic screen.
     */
    private void show(FxRobot robot) {
        show(robot, ClinicFixture.NOW);
    }

    private void show(FxRobot robot, LocalDateTime now) {
        fixture = new ClinicFixture(ReleaseDataFolder.unpack(dir.resolve("data")), Platform::runLater, now);
        robot.interact(() -> {
            ClinicScreen screen = ClinicScreen.create(fixture.parts());
            MainWindow window = new MainWindow(ClinicFixture.TEXTS);
            window.addScreen(ClinicFixture.TEXTS.getString("nav.clinic"), Icons.CLINIC, screen.root());
            Scene scene = new Scene(window.root(), 1280, 800);
            scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Tab selectedTab(FxRobot robot) {
        return robot.lookup(".clinic").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
    }

    private void tab(FxRobot robot, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".clinic").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
        });
    }

    /** Clicks the cell of a list that shows this text. */
    private void clickCell(FxRobot robot, String list, String text) throws Exception {
        waitUntil(() -> robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> text.equals(c.getText())));
        Node cell = robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Presses a button that may lie below the visible part of a scrolled form, as Tab and Space would. */
    private void press(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.type(KeyCode.SPACE);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aClientsSessionsAreListedNewestFirstAndOneOpensInTheSessionFormWithItsCheckInsAndWarnings(FxRobot robot)
            throws Exception {
        show(robot);
        tab(robot, "clients-tab");
        clickCell(robot, "#clientList", "Zoë Łukasz-Müller");
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        waitUntil(() -> history.getItems().size() == 2);
        assertThat(text(robot, "#historyTitle")).isEqualTo("Zoë Łukasz-Müller: 2 sessions");
        assertThat(robot.lookup("#historyList .list-cell").queryAllAs(ListCell.class).stream().map(ListCell::getText)
                .filter(t -> t != null).toList())
                .containsExactly("19 May 2026, 9:30\nSwedish", "12 May 2026, 9:30\nDeep tissue  ·  Anna Nowak");
        assertThat(robot.lookup("#openSessionButton").queryAs(Button.class).isDisabled()).isTrue();

        clickCell(robot, "#historyList", "12 May 2026, 9:30\nDeep tissue  ·  Anna Nowak");
        robot.clickOn("#openSessionButton");
        waitUntil(() -> "sessions-tab".equals(selectedTab(robot).getId()));
        waitUntil(() -> !text(robot, "#checkInsText").isEmpty());

        assertThat(text(robot, "#sessionFormTitle")).isEqualTo("Session of Zoë Łukasz-Müller, 12 May 2026, 9:30");
        assertThat(robot.lookup("#recordButton").queryAs(Button.class).getText()).isEqualTo("_Save changes");
        assertThat(robot.lookup("#sorenessField").queryAs(TextField.class).getText()).isEqualTo("5");
        assertThat(robot.lookup("#sessionNotesArea").queryAs(TextArea.class).getText()).isEqualTo("tight left trapezius");
        assertThat(robot.lookup("#pressure-firm").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#area-neck").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        // the check-ins made on the session before the split, each with the warnings it was given
        assertThat(robot.lookup("#checkInsCard").query().isVisible()).isTrue();
        assertThat(text(robot, "#checkInsText")).isEqualTo(
                "13 May 2026, 10:00 (24.5 h after): soreness 6/10, achy. On track\n"
                + "14 May 2026, 10:00 (48.5 h after): soreness 3/10, achy. Longer than expected\n"
                + "    Caution: The soreness is lasting longer than expected for this massage. Keep resting gently and"
                + " watch how it changes.");
        // and the day's list shows it, chosen, for its sheet
        waitUntil(() -> fixture.clinic.session(3).equals(java.util.Optional.ofNullable(
                (ClinicSession) robot.lookup("#sessionList").queryAs(ListView.class).getSelectionModel().getSelectedItem())));
    }

    @Test
    void anOpenedSessionIsChangedInPlaceAndTheHistoryShowsTheChange(FxRobot robot) throws Exception {
        // the session of 19 May is changed: a session more than a day ahead of "now" cannot be saved
        show(robot, LocalDateTime.of(2026, 5, 19, 17, 0));
        tab(robot, "clients-tab");
        clickCell(robot, "#clientList", "Zoë Łukasz-Müller");
        clickCell(robot, "#historyList", "19 May 2026, 9:30\nSwedish");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "sessions-tab".equals(selectedTab(robot).getId()));
        waitUntil(() -> text(robot, "#sessionFormTitle").equals("Session of Zoë Łukasz-Müller, 19 May 2026, 9:30"));
        assertThat(robot.lookup("#checkInsCard").query().isVisible()).isFalse();

        robot.doubleClickOn("#sorenessField").eraseText(3).write("3");
        robot.clickOn("#therapistBox").write("Jan Kowalski");
        press(robot, "#recordButton");
        waitUntil(() -> fixture.clinic.session(5).orElseThrow().endSoreness() == 3);

        ClinicSession changed = fixture.clinic.session(5).orElseThrow();
        assertThat(changed.therapist()).isEqualTo("Jan Kowalski");
        assertThat(changed.client().name()).isEqualTo("Zoë Łukasz-Müller");
        assertThat(changed.massage()).isEqualTo("swedish");
        assertThat(changed.conditions()).containsExactly("blood-thinners");
        assertThat(fixture.clinic.sessionsOf(1)).hasSize(2);
        assertThat(text(robot, "#sessionMessage")).isEqualTo("Saved the changes to the session of Zoë Łukasz-Müller at 9:30.");
        assertThat(text(robot, "#sessionFormTitle")).isEqualTo("Record a session");
        assertThat(fixture.services.journal().recoveries()).extracting(r -> r.id()).containsExactly(7L, 4L, 2L, 1L);

        tab(robot, "clients-tab");
        waitUntil(() -> robot.lookup("#historyList .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> "19 May 2026, 9:30\nSwedish  ·  Jan Kowalski".equals(c.getText())));
    }

    @Test
    void aSessionIsDeletedOnlyAfterThePersonSaysYes(FxRobot robot) throws Exception {
        show(robot);
        tab(robot, "clients-tab");
        clickCell(robot, "#clientList", "Zoë Łukasz-Müller");
        clickCell(robot, "#historyList", "12 May 2026, 9:30\nDeep tissue  ·  Anna Nowak");

        fixture.dialogs.confirmAnswers.add(false);
        robot.clickOn("#deleteSessionButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.confirmations).containsExactly(
                "Delete the session of Zoë Łukasz-Müller on 12 May 2026, 9:30, with its notes? This cannot be undone.");
        assertThat(fixture.clinic.session(3)).isPresent();
        assertThat(robot.lookup("#historyList").queryAs(ListView.class).getItems()).hasSize(2);

        fixture.dialogs.confirmAnswers.add(true);
        robot.clickOn("#deleteSessionButton");
        waitUntil(() -> fixture.clinic.session(3).isEmpty());
        waitUntil(() -> robot.lookup("#historyList").queryAs(ListView.class).getItems().size() == 1);
        assertThat(fixture.dialogs.confirmations).hasSize(2);
        assertThat(text(robot, "#historyMessage")).isEqualTo("Deleted the session of Zoë Łukasz-Müller on 12 May 2026, 9:30.");
        assertThat(text(robot, "#historyTitle")).isEqualTo("Zoë Łukasz-Müller: one session");
        assertThat(fixture.clinic.checkInsOf(3)).isEmpty();
        // the other client's session and the person's own journal are untouched
        assertThat(fixture.clinic.sessionsOf(2)).extracting(ClinicSession::id).containsExactly(6L);
        assertThat(fixture.services.journal().recoveries()).hasSize(4);
    }
}
