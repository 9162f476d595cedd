package com.ublives.recovery.journal.screen;

import com.ublives.recovery.Services;
import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.journal.JournalService;
import com.ublives.recovery.rules.RuleSetJson;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.StatementCounter;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.DialogService.FileType;
import javafx.print.PrinterJob;

import java.nio.file.Path;
import java.util.Optional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Deque;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

/**
 * A journal on a real H2 file in a temporary folder, a clock the test moves, and dialogs and
 * notifications that are recorded instead of shown.
 */
final class ScreenFixture implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** "Now" when a test starts: 10 March 2026, 12:00 in Berlin. */
    static final Instant START = Instant.parse("2026-03-10T11:00:00Z");

    record Shown(String title, String text) {
    }

    final MovableClock clock = new MovableClock(START, ZONE);
    final Database database;
    final PlannerService planner;
    /** Counts the statements the journal prepares, so a test can tell a fixed number of queries from one a row. */
    final StatementCounter statements;
    final JournalService journal;
    final BackgroundTasks tasks;
    final List<Shown> dialogs = new CopyOnWriteArrayList<>();
    final List<Shown> notifications = new CopyOnWriteArrayList<>();
    final List<Shown> confirmations = new CopyOnWriteArrayList<>();
    /** Files the person picks in the choosers, in turn; a chooser with none queued fails the test. */
    final Deque<Path> filesToSave = new ConcurrentLinkedDeque<>();
    final Deque<Path> filesToOpen = new ConcurrentLinkedDeque<>();
    /** The name each save chooser suggested and the types it offered. */
    final List<String> suggestedNames = new CopyOnWriteArrayList<>();
    final List<List<FileType>> offeredTypes = new CopyOnWriteArrayList<>();
    /** Whether a recorded notification found a place on screen; a test may say it did not. */
    volatile boolean notificationsFitOnScreen = true;
    /** The app's own notifier, for tests that look at where its pop-ups go; null records only. */
    volatile Notifier popUps;
    /** What the person answers when asked to confirm; yes unless a test says otherwise. */
    volatile boolean confirmAnswer = true;
    final ResourceBundle texts = ResourceBundle.getBundle("i18n.messages");
    final JournalViewModel model;

    ScreenFixture(Path dir, Executor fxThread) {
        database = Database.open(dir);
        planner = new PlannerService(RuleSetJson.parse(defaultRules()));
        statements = new StatementCounter(database.dataSource());
        journal = JournalService.create(planner, statements, clock);
        journal.useSummaries(new com.ublives.recovery.summary.SummaryPdf(journal));
        tasks = new BackgroundTasks(fxThread);
        DialogService recordingDialogs = new DialogService() {
            @Override public void showError(String title, String message) { dialogs.add(new Shown(title, message)); }
            @Override public void showInformation(String title, String message) { dialogs.add(new Shown(title, message)); }
            // closing a recovery asks first; the answer is the test's to set
            @Override public boolean confirm(String title, String message, String action) {
                confirmations.add(new Shown(title, message));
                return confirmAnswer;
            }
            // export and import pick files; a test that did not queue one would hang a real dialog
            @Override public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
                offeredTypes.add(types);
                return Optional.of(next(filesToOpen, title));
            }
            @Override public Optional<Path> chooseFileToSave(String title, String name, FileType type) {
                return chooseFileToSave(title, name, List.of(type));
            }
            @Override public Optional<Path> chooseFileToSave(String title, String name, List<FileType> types) {
                suggestedNames.add(name);
                offeredTypes.add(types);
                return Optional.of(next(filesToSave, title));
            }
            @Override public boolean showPrintDialog(PrinterJob job) { throw unexpected("print"); }
        };
        model = new JournalViewModel(journal, planner, tasks, recordingDialogs, (title, text, warning) -> {
            Notifier real = popUps;
            boolean shown = real == null ? notificationsFitOnScreen : real.notify(title, text, warning);
            if (shown) {
                notifications.add(new Shown(title, text));
            }
            return shown;
        }, texts);
    }

    private static Path next(Deque<Path> queued, String dialog) {
        Path file = queued.poll();
        if (file == null) {
            throw unexpected(dialog);
        }
        return file;
    }

    private static IllegalStateException unexpected(String dialog) {
        return new IllegalStateException("the journal showed an unexpected dialog: " + dialog);
    }

    static Instant hoursBefore(Instant now, double hours) {
        return now.minus(Duration.ofMinutes(Math.round(hours * 60)));
    }

    static String defaultRules() {
        return Services.defaultRules();
    }

    @Override
    public void close() {
        tasks.close();
        database.close();
    }

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneId getZone() { return zone; }
        @Override public Clock withZone(ZoneId z) { return new MovableClock(now, z); }
        @Override public Instant instant() { return now; }
    }
}
