package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.ui.FitCheck;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Each clinic tab at the window's smallest size (900×600), with a busy day: nothing cut, nothing sideways. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClinicFitTest {

    @TempDir
    static Path dir;

    private ClinicFixture fixture;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ClinicFixture(Files.createTempDirectory(dir, "data"), Platform::runLater);
        fixture.setUpClinic();
        Client zoe = fixture.client("Zoë Łukasz-Müller", "blood-thinners");
        Client maria = fixture.client("María José Fernández de la Fuente", "pregnancy");
        fixture.session(maria, ClinicFixture.NOW.withHour(9), "myofascial-release", 2);
        fixture.session(zoe, ClinicFixture.NOW.withHour(10).withMinute(30), "trigger-point", 5);
        fixture.session(zoe, ClinicFixture.NOW.minusDays(7), "swedish", 1);
        ClinicScreen screen = ClinicScreen.create(fixture.parts());
        MainWindow window = new MainWindow(ClinicFixture.TEXTS);
        window.addScreen(ClinicFixture.TEXTS.getString("nav.clinic"), Icons.CLINIC, screen.root());
        scene = new Scene(window.root(), 900, 600);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        // the window takes the scene's size; setting the stage's own size would carry over to later test classes
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tab(FxRobot robot, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".clinic").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> problems(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(FitCheck.problems(scene.getRoot())));
        return found.get();
    }

    @Test
    void theSessionsTabFitsTheSmallestWindow(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#sessionList").queryAs(ListView.class).getItems().size() == 2);

        assertThat(problems(robot)).isEmpty();
    }

    @Test
    void theClientsTabWithAClientsHistoryFitsTheSmallestWindow(FxRobot robot) throws Exception {
        tab(robot, "clients-tab");
        waitUntil(() -> robot.lookup("#clientList").queryAs(ListView.class).getItems().size() == 2);
        robot.interact(() -> robot.lookup("#clientList").queryAs(ListView.class).getSelectionModel().select(1));
        waitUntil(() -> robot.lookup("#historyList").queryAs(ListView.class).getItems().size() == 2);

        assertThat(problems(robot)).isEmpty();
    }

    @Test
    void theProfileTabFitsTheSmallestWindow(FxRobot robot) {
        tab(robot, "profile-tab");

        assertThat(problems(robot)).isEmpty();
    }

    @Test
    void theSheetPreviewFitsTheSmallestWindowAndScalesToThePane(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#sessionList").queryAs(ListView.class).getItems().size() == 2);
        robot.interact(() -> robot.lookup("#previewButton").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);

        assertThat(problems(robot)).isEmpty();
        ImageView page = robot.lookup("#pageView").queryAs(ImageView.class);
        ScrollPane pane = robot.lookup("#pageScroll").queryAs(ScrollPane.class);
        Bounds shown = page.getBoundsInParent();
        assertThat(shown.getWidth()).as("the page is as wide as the pane allows").isLessThanOrEqualTo(
                pane.getViewportBounds().getWidth()).isGreaterThan(pane.getViewportBounds().getWidth() * 0.6);
    }

    @Test
    void withNoClientsAndNoSearchTheListSaysHowToAddOne(FxRobot robot) throws Exception {
        tab(robot, "clients-tab");
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("Nobody"));
        waitUntil(() -> robot.lookup("#clientList").queryAs(ListView.class).getItems().isEmpty());
        Node placeholder = robot.lookup("#clientList").queryAs(ListView.class).getPlaceholder();
        assertThat(((Label) placeholder).getText()).isEqualTo("No client matches \u201cNobody\u201d.");

        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText(""));
        waitUntil(() -> robot.lookup("#clientList").queryAs(ListView.class).getItems().size() == 2);
        assertThat(((Label) robot.lookup("#clientList").queryAs(ListView.class).getPlaceholder()).getText())
                .doesNotContain("matches");
    }
}
