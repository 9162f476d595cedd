package com.ublives.recovery.ui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen of the real app, with data in it, and the journal's forms, fits (FitCheck: no cut text, nothing sideways, nothing
 * past the window's edge) at 200 % text size in a 1280×800 window and at 100 % in a 1920×1080 window.
 * (900×600 at 100 % is each screen's own FitTest.)
 */
@Tag("ui")
class ScreensFitTest {

    @TempDir
    Path dir;
    private RealApp app;
    /** The share of the window's height the journal's recovery detail had, at the stop "journal". */
    private double journalShare;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyScreenFitsAt200PercentIn1280x800() throws Exception {
        app = RealApp.start(dir, 1280, 800, "text.size=200");
        assertThat(problemsOnEveryScreen()).isEmpty();
        // the reminders above the journal (three of them in this data) once took two thirds of the height
        assertThat(journalShare).as("the journal's list and detail have at least half the window's height")
                .isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void everyScreenFitsAt100PercentIn1920x1080() throws Exception {
        app = RealApp.start(dir, 1920, 1080);
        assertThat(problemsOnEveryScreen()).isEmpty();
    }

    private List<String> problemsOnEveryScreen() throws java.io.IOException {
        java.nio.file.Files.createDirectories(Path.of("target", "screens-fit"));
        List<String> problems = new ArrayList<>();
        app.visitEveryScreen(where -> note(problems, where));
        return problems;
    }

    private void note(List<String> problems, String where) {
        if ("journal".equals(where)) {
            journalShare = app.onFx(() -> app.node("#rightPane", javafx.scene.layout.StackPane.class).getHeight()
                    / app.scene().getHeight());
        }
        app.fitProblems().forEach(p -> problems.add(where + ": " + p));
        // a picture of each state beside the test's report, to look at what the problems are
        app.robot().interact(() -> SceneShots.save(app.scene(), Path.of("target", "screens-fit",
                Math.round(app.scene().getWidth()) + "-" + where.replaceAll("[^a-z]+", "-") + ".png")));
    }
}
