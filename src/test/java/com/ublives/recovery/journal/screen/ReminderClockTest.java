package com.ublives.recovery.journal.screen;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The reminder clock checks once the window is shown, keeps a minute timer, and stops with the window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReminderClockTest {

    private final AtomicInteger checks = new AtomicInteger();
    private Stage stage;
    private ReminderClock clock;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Label screen = new Label("journal");
        stage.setScene(new Scene(screen, 200, 100));
        stage.show();
        clock = ReminderClock.start(screen, checks::incrementAndGet);
    }

    @Test
    void checksSoonAfterTheWindowIsShownAndStopsWhenItCloses(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> checks.get() == 1);
        assertThat(clock.isRunning()).isTrue();
        assertThat(ReminderClock.EVERY.toSeconds()).isLessThanOrEqualTo(60);

        robot.interact(stage::hide);

        assertThat(clock.isRunning()).isFalse();
    }
}
