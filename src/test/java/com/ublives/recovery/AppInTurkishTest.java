package com.ublives.recovery;

import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app, started under a Turkish locale (where "i".toUpperCase() is "İ"): it opens its data
 * folder, loads the bundled rule set and shows its four screens, as under any other locale.
 */
@Tag("ui")
class AppInTurkishTest {

    @TempDir
    Path dataDir;

    private final Locale before = Locale.getDefault();
    private Application app;

    @AfterEach
    void restore() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
        Locale.setDefault(before);
    }

    /** The real App, telling when its screens are installed. */
    public static final class Probe extends App {
        static final CompletableFuture<Services> READY = new CompletableFuture<>();

        @Override
        protected void servicesReady(Services services) {
            READY.complete(services);
        }
    }

    @Test
    void theAppStartsAndShowsItsScreensUnderTurkish() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        Stage stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(Probe.class, "--data-dir", dataDir.toString());

        Services services = Probe.READY.get(60, TimeUnit.SECONDS);
        FxRobot robot = new FxRobot();
        robot.interact(() -> { });

        assertThat(services.ruleSetProblems()).isEmpty();
        assertThat(services.planner().ruleSet().planItems()).isNotEmpty();
        assertThat(robot.lookup(".nav-item").queryAllAs(ToggleButton.class)).hasSize(5);
        assertThat(robot.lookup(".failure-title").queryAllAs(Label.class)).isEmpty();
        assertThat(stage.isShowing()).isTrue();
    }
}
