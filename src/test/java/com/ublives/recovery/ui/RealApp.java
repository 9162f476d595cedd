package com.ublives.recovery.ui;

import com.ublives.recovery.App;
import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.screen.ClinicScreenshotTour;
import com.ublives.recovery.journal.screen.JournalScreenshotTour;
import com.ublives.recovery.ui.DialogService;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The real app for the access tests: a data folder with the screenshot tours' recoveries and clinic day,
 * the settings given (theme, text size) in its settings file, the window at a given size. Each screen
 * is reached through its sidebar entry, as a person reaches it.
 */
public final class RealApp implements AutoCloseable {

    /** The five screens in the sidebar's order, by their English titles. */
    public static final List<String> SCREENS = List.of("Assessment", "Journal", "Clinic", "Content", "Settings");

    private final FxRobot robot = new FxRobot();
    private final Application app;
    private final Stage stage;

    private RealApp(Application app, Stage stage) {
        this.app = app;
        this.stage = stage;
    }

    /** settings: lines of settings.properties, e.g. "text.size=200". */
    public static RealApp start(Path dir, double width, double height, String... settings) throws Exception {
        Files.createDirectories(dir);
        if (!Files.exists(dir.resolve("journal-seeded"))) {
            try (Services services = Services.open(dir)) {
                JournalScreenshotTour.seed(services.journal());
                ClinicScreenshotTour.seed(services.clinic());
            }
            Files.writeString(dir.resolve("journal-seeded"), "");
        }
        writeSettings(dir, settings);
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(TestWindow.class, "--data-dir", dir.toString());
        RealApp real = new RealApp(app, stage);
        real.await(() -> real.robot.lookup(".nav-item").queryAllAs(ToggleButton.class).size() == SCREENS.size());
        real.robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        real.await(() -> Math.abs(stage.getScene().getWidth() - width) < 30);
        WaitForAsyncUtils.waitForFxEvents();
        return real;
    }

    /**
     * The app itself, but a file chooser for saving answers with the file a test gave ({@link #saveNextFileAs}):
     * the headless window system has no chooser to type a name into. Every other dialog is the app's own.
     */
    public static final class TestWindow extends App {
        private static final java.util.Deque<Path> FILES_TO_SAVE = new java.util.concurrent.ConcurrentLinkedDeque<>();

        @Override
        protected DialogService dialogs(Stage owner) {
            DialogService real = super.dialogs(owner);
            return new DialogService() {
                @Override public void showError(String title, String message) { real.showError(title, message); }
                @Override public void showInformation(String title, String message) { real.showInformation(title, message); }
                @Override public boolean confirm(String title, String message, String action) {
                    return real.confirm(title, message, action);
                }
                @Override public java.util.Optional<char[]> askPassword(String title, String message, String action) {
                    return real.askPassword(title, message, action);
                }
                @Override public java.util.Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
                    return real.chooseFileToOpen(title, types);
                }
                @Override public java.util.Optional<Path> chooseFileToSave(String title, String suggestedName, FileType type) {
                    Path given = FILES_TO_SAVE.poll();
                    return given != null ? java.util.Optional.of(given) : real.chooseFileToSave(title, suggestedName, type);
                }
                @Override public java.util.Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
                    Path given = FILES_TO_SAVE.poll();
                    return given != null ? java.util.Optional.of(given) : real.chooseFileToSave(title, suggestedName, types);
                }
                @Override public boolean showPrintDialog(javafx.print.PrinterJob job) { return real.showPrintDialog(job); }
            };
        }
    }

    /** The next "Save as…" of the window writes this file, as if the person had typed its name in the chooser. */
    public void saveNextFileAs(Path file) {
        TestWindow.FILES_TO_SAVE.add(file);
    }

    private static void writeSettings(Path dir, String... settings) throws IOException {
        Files.writeString(dir.resolve("settings.properties"), "language=en\n" + String.join("\n", settings) + "\n",
                StandardCharsets.UTF_8);
    }

    public FxRobot robot() {
        return robot;
    }

    public Scene scene() {
        return stage.getScene();
    }

    /** Shows a screen through its sidebar entry and waits until it is built and laid out. */
    public void show(String title) {
        robot.interact(() -> entry(title).setSelected(true));
        await(() -> content().getChildrenUnmodifiable().stream().noneMatch(n -> n.getStyleClass().contains("waiting")));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The sidebar's entry of a screen named in English (SCREENS), found by its place so any language works. */
    public ToggleButton entry(String title) {
        List<ToggleButton> entries = List.copyOf(robot.lookup(".nav-item").queryAllAs(ToggleButton.class));
        int place = SCREENS.indexOf(title);
        return place >= 0 && place < entries.size() ? entries.get(place)
                : entries.stream().filter(b -> title.equals(b.getText())).findFirst().orElseThrow();
    }

    private Parent content() {
        return (Parent) stage.getScene().getRoot().lookup(".content");
    }

    /** FitCheck's problems of the whole window, read on the FX thread. */
    public List<String> fitProblems() {
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(FitCheck.problems(stage.getScene().getRoot())));
        return found.get();
    }

    /** The windows other than the main one that are showing (dialogs). */
    public List<Window> dialogs() {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing() && w instanceof Stage).toList();
    }

    public <T extends Node> T node(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    public void await(BooleanSupplier condition) {
        FxWait.await(60, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Walks every screen with data in it and the forms that open there, in the order a person meets them,
     * stopping at each state for {@code atEachStop} with the state's name (assessment empty and with a plan
     * and its rules, the journal and its two forms, the clinic's tabs and sheet preview, content, settings).
     */
    public void visitEveryScreen(java.util.function.Consumer<String> atEachStop) {
        show("Assessment");
        atEachStop.accept("assessment, empty");
        showAPlan();
        atEachStop.accept("assessment with a plan and its rules");

        show("Journal");
        await(() -> !node("#recoveryList", javafx.scene.control.ListView.class).getItems().isEmpty());
        robot().interact(() -> node("#recoveryList", javafx.scene.control.ListView.class).getSelectionModel().select(0));
        await(() -> node("#checkInButton", javafx.scene.control.Button.class).isVisible());
        atEachStop.accept("journal");
        Node detail = rightPane();
        robot().interact(() -> node("#checkInButton", javafx.scene.control.Button.class).fire());
        await(() -> rightPane() != detail);
        Node checkInForm = rightPane();
        atEachStop.accept("check-in form");
        robot().interact(() -> node("#logMassageButton", javafx.scene.control.Button.class).fire());
        await(() -> rightPane() != checkInForm && rightPane() != detail);
        atEachStop.accept("log a massage form");

        show("Clinic");
        await(() -> !node("#sessionList", javafx.scene.control.ListView.class).getItems().isEmpty());
        atEachStop.accept("clinic sessions and the session form");
        clinicTab("clients-tab");
        await(() -> !node("#clientList", javafx.scene.control.ListView.class).getItems().isEmpty());
        robot().interact(() -> node("#clientList", javafx.scene.control.ListView.class).getSelectionModel().select(0));
        atEachStop.accept("clinic client form");
        clinicTab("profile-tab");
        atEachStop.accept("clinic profile");
        clinicTab("sessions-tab");
        robot().interact(() -> {
            node("#sessionList", javafx.scene.control.ListView.class).getSelectionModel().select(0);
            node("#previewButton", javafx.scene.control.Button.class).fire();
        });
        await(() -> node("#pageView", javafx.scene.image.ImageView.class).getImage() != null);
        atEachStop.accept("clinic sheet preview");

        show("Content");
        await(() -> !node("#entryList", javafx.scene.control.ListView.class).getItems().isEmpty());
        robot().interact(() -> node("#entryList", javafx.scene.control.ListView.class).getSelectionModel().select(0));
        atEachStop.accept("content entry");

        show("Settings");
        atEachStop.accept("settings");
    }

    /**
     * Opens the windows the main window opens over itself, one at a time, and stops at each with its name and
     * scene: the Data menu's backups window, and an app's question (closing a recovery, which is answered
     * "Cancel"); each is closed again after its stop.
     */
    public void visitEveryDialog(java.util.function.BiConsumer<String, Scene> atEachStop) {
        show("Journal");
        await(() -> !node("#recoveryList", javafx.scene.control.ListView.class).getItems().isEmpty());
        // chosen afresh: a form left open on the right (Log a massage) gives way to the recovery's detail
        robot().interact(() -> node("#recoveryList", javafx.scene.control.ListView.class).getSelectionModel().clearSelection());
        robot().interact(() -> node("#recoveryList", javafx.scene.control.ListView.class).getSelectionModel().select(0));
        awaitFx(() -> shown("#closeButton"));
        // a question waits for its answer in a nested loop: fired later, so the robot does not wait with it
        javafx.application.Platform.runLater(() -> node("#closeButton", javafx.scene.control.Button.class).fire());
        Stage question = awaitDialog();
        atEachStop.accept("a question (close a recovery)", question.getScene());
        robot().interact(() -> ((javafx.scene.control.DialogPane) question.getScene().getRoot().lookup(".dialog-pane"))
                .lookupButton(javafx.scene.control.ButtonType.CANCEL).fireEvent(new javafx.event.ActionEvent()));
        await(() -> dialogs().isEmpty());

        javafx.scene.control.MenuButton data = node(".data-menu", javafx.scene.control.MenuButton.class);
        await(() -> !data.isDisabled());
        robot().interact(() -> data.getItems().stream().filter(i -> "backupsItem".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        Stage backups = awaitDialog();
        await(() -> backups.getScene().lookup("#backupsList") != null);
        atEachStop.accept("the backups window", backups.getScene());
        robot().interact(backups::close);
        await(() -> dialogs().isEmpty());
    }

    private Stage awaitDialog() {
        await(() -> !dialogs().isEmpty());
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) dialogs().get(0);
    }

    @SuppressWarnings("unchecked")
    private void showAPlan() {
        robot().interact(() -> {
            javafx.scene.control.ComboBox<com.ublives.recovery.rules.MassageType> box =
                    node("#massageBox", javafx.scene.control.ComboBox.class);
            box.setValue(box.getItems().stream().filter(t -> t.id().equals("deep-tissue")).findFirst().orElseThrow());
            node("#datePicker", javafx.scene.control.DatePicker.class).setValue(java.time.LocalDate.now().minusDays(1));
            node("#timeField", javafx.scene.control.TextField.class).setText("08:00");
            node("#sorenessField", javafx.scene.control.TextField.class).setText("5");
            node("#showPlanButton", javafx.scene.control.Button.class).fire();
        });
        await(() -> robot().lookup("#why").tryQuery().isPresent());
        robot().interact(() -> node("#why", javafx.scene.control.TitledPane.class).setExpanded(true));
    }

    /** What the journal shows on the right: a recovery's detail or one of its forms. */
    private Node rightPane() {
        return node("#rightPane", javafx.scene.layout.StackPane.class).getChildren().get(0);
    }

    private void clinicTab(String id) {
        robot().interact(() -> {
            javafx.scene.control.TabPane tabs = node(".clinic", javafx.scene.control.TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
        });
        await(() -> true);
    }

    // ---- the keyboard, as a person uses it: key presses only ----

    /** Presses a key combination and lets the window answer. */
    public void keys(KeyCode... combination) {
        // the keyboard of the window system, pressed and released in order; then one round on the FX thread,
        // which comes after the keys' events (TestFX's push waits several rounds after each key: the walks
        // took twice as long)
        org.testfx.robot.BaseRobot keyboard = robot.robotContext().getBaseRobot();
        for (KeyCode key : combination) {
            keyboard.pressKeyboard(key);
        }
        for (int i = combination.length - 1; i >= 0; i--) {
            keyboard.releaseKeyboard(combination[i]);
        }
        onFx(() -> null);
        onFx(() -> null);
    }

    /** Types with key presses, as a keyboard does (TestFX's write sends characters without their keys). */
    public void typeKeys(String text) {
        for (char c : text.toCharArray()) {
            keys(c == ' ' ? KeyCode.SPACE : Character.isDigit(c) ? KeyCode.valueOf("DIGIT" + c)
                    : KeyCode.valueOf(String.valueOf(Character.toUpperCase(c))));
        }
    }

    /**
     * Alt and the letter underlined in the control's text, read from the screen as a person reads it: so the
     * same walk works in every language.
     */
    public void pressMnemonic(String query) {
        String text = onFx(() -> ((javafx.scene.control.Labeled) robot.lookup(query).query()).getText());
        int mark = text.indexOf('_');
        if (mark < 0 || mark + 1 >= text.length()) {
            throw new AssertionError(query + " has no underlined letter: \"" + text + "\"");
        }
        keys(KeyCode.ALT, KeyCode.getKeyCode(text.substring(mark + 1, mark + 2).toUpperCase(java.util.Locale.ROOT)));
    }

    /** The control that has the keyboard focus. */
    public Node focused() {
        return onFx(() -> stage.getScene().getFocusOwner());
    }

    /** The focused control's id, or "nav:" and the place of a sidebar entry (its English title). */
    public String focusedId() {
        return onFx(() -> {
            Node node = stage.getScene().getFocusOwner();
            if (node == null) {
                return null;
            }
            if (node.getStyleClass().contains("nav-item")) {
                int place = List.copyOf(robot.lookup(".nav-item").queryAll()).indexOf(node);
                return "nav:" + (place >= 0 && place < SCREENS.size() ? SCREENS.get(place) : ((ToggleButton) node).getText());
            }
            // a combo box's editor has the focus for its box; ControlsFX's searchable one gives it to its "search" field
            Node at = node;
            while (at != null && (at.getId() == null || "search".equals(at.getId()))) {
                at = at.getParent();
            }
            return at == null ? node.getClass().getSimpleName() : at.getId();
        });
    }

    /** Tab until the control with this id has the focus; false when it is not met within so many presses. */
    public boolean tabUntil(String id, int presses) {
        for (int i = 0; i < presses && !id.equals(focusedId()); i++) {
            keys(KeyCode.TAB);
        }
        return id.equals(focusedId());
    }

    /** A look at the scene on the FX thread: from the test's thread it races a screen that is changing. */
    public <T> T onFx(java.util.concurrent.Callable<T> query) {
        return FxWait.onFx(query);
    }

    /** Waits until the condition, read on the FX thread, holds. */
    public void awaitFx(BooleanSupplier condition) {
        await(() -> onFx(() -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException notThereYet) {
                return false; // a node the screen is still building, or has swapped out for a form
            }
        }));
    }

    /** A node of the query is on screen: in the scene, and neither it nor anything around it hidden (a tab not chosen). */
    public boolean shown(String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(node -> {
            for (Node up = node; up != null; up = up.getParent()) {
                if (!up.isVisible()) {
                    return false;
                }
            }
            return node.getScene() == stage.getScene();
        }).orElse(false));
    }

    @Override
    public void close() throws Exception {
        TestWindow.FILES_TO_SAVE.clear();
        FxToolkit.cleanupApplication(app);
        AppWindow.closeWindowsLeft(robot);
    }
}
