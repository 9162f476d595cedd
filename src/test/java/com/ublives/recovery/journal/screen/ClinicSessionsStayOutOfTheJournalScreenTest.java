package com.ublives.recovery.journal.screen;

import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.clinic.NewSession;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.journal.Recovery;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinic and the person's journal share one data folder, but a client's session is the clinic's, not
 * the person's: the real journal screen lists, reminds of and compares only the person's own recoveries.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClinicSessionsStayOutOfTheJournalScreenTest {

    @TempDir
    Path dir;
    private ScreenFixture f;

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

    @Test
    void aClientsSessionIsNotListedRemindedOfOrOfferedForComparisonInTheJournal(FxRobot robot) throws Exception {
        ClinicService clinic = new ClinicService(f.database.dataSource(), f.planner, f.clock);
        Client zoe = clinic.addClient(new Client(null, "Zoë Łukasz-Müller", "", "", List.of("blood-thinners"), ""));
        // 80 h ago with soreness 6 and no check-in: in the journal this would raise a 72-hour banner and reminders
        ClinicSession session = clinic.recordSession(new NewSession(zoe.id(),
                ScreenFixture.hoursBefore(f.clock.instant(), 80), "Anna Nowak", "deep-tissue", "firm", List.of("neck"),
                6, PainQuality.ACHY, List.of(), List.of(), "tight left trapezius"));
        Recovery own = f.journal.addRecovery(NewRecovery.of("swedish", ScreenFixture.hoursBefore(f.clock.instant(), 1)));

        f.model.refresh().get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> list = robot.lookup("#recoveryList").queryAs(ListView.class);
        assertThat(f.model.rows()).extracting(RecoveryRow::id).containsExactly(own.id());
        assertThat(list.getItems()).hasSize(1);
        assertThat(f.model.banners()).isEmpty();
        assertThat(f.model.overdue()).isEmpty();
        assertThat(f.notifications).isEmpty();
        assertThat(robot.lookup("#bannerBox").queryAs(javafx.scene.layout.VBox.class).getChildren()).isEmpty();
        assertThat(robot.lookup("#overdueBox").queryAs(javafx.scene.layout.VBox.class).getChildren()).isEmpty();

        robot.interact(() -> list.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> f.model.detail().recoveryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#compareBox").queryAs(CheckComboBox.class).getItems()).isEmpty();

        // nothing of the session shows anywhere on the screen
        List<String> shown = robot.lookup((Node n) -> n instanceof Labeled && n.isVisible()).queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).filter(t -> t != null).toList();
        assertThat(String.join("\n", shown)).doesNotContain("Deep tissue", "Anna Nowak", "Zoë", "trapezius");
        assertThat(f.journal.recovery(session.id()).filter(r -> r.massage().equals("deep-tissue"))).isEmpty();
    }
}
