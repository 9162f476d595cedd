package com.ublives.recovery.content.screen;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.screen.SheetPages;
import com.ublives.recovery.clinic.sheet.SheetFont;
import com.ublives.recovery.clinic.sheet.SheetRenderer;
import com.ublives.recovery.content.Section;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.FitCheck;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The Content screen at the window's smallest size (900×600), a plan item's long form open: nothing cut, nothing sideways. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ContentFitTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("i18n.messages");
    private static final SheetFont FONT = SheetFont.load();

    @TempDir
    static Path dir;

    private Services services;
    private ContentScreen screen;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        services = Services.open(Files.createTempDirectory(dir, "data"));
        Clock clock = Clock.systemDefaultZone();
        screen = ContentScreen.create(new ContentScreen.Parts(services.content(), services.clinic(),
                new SheetPages(new SheetRenderer(FONT, clock)), new ContentScreensTest.Printer(),
                new ContentScreensTest.Dialogs(), new BackgroundTasks(Platform::runLater), Platform::runLater, TEXTS, clock));
        MainWindow window = new MainWindow(TEXTS);
        window.addScreen(TEXTS.getString("nav.content"), Icons.CONTENT, screen.root());
        scene = new Scene(window.root(), 900, 600);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        // the window takes the scene's size; setting the stage's own size would carry over to later test classes
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private List<String> problems(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(FitCheck.problems(scene.getRoot())));
        return found.get();
    }

    @Test
    void theFormThePreviewAndTheHistoryFitTheSmallestWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#entryList").queryAs(ListView.class).getItems().isEmpty());
        robot.interact(() -> screen.models().editor().selectedProperty().set(screen.models().editor().entries().stream()
                .filter(e -> e.section() == Section.PLAN_ITEMS).findFirst().orElseThrow()));
        assertThat(problems(robot)).as("the form and the preview").isEmpty();
        robot.interact(() -> robot.lookup("#contentTabs").queryAs(TabPane.class).getSelectionModel().select(2));
        assertThat(problems(robot)).as("the history").isEmpty();
    }
}
