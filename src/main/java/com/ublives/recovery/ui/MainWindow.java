package com.ublives.recovery.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The window's frame: a sidebar with one entry per screen and the selected screen beside it.
 * Features join with {@link #addScreen}; until the services are open it shows a waiting note.
 */
public final class MainWindow {

    private final BorderPane root = new BorderPane();
    private final VBox navigation = new VBox();
    private final StackPane content = new StackPane();
    private final List<Screen> screens = new ArrayList<>();
    private final List<ToggleButton> entries = new ArrayList<>();
    private Runnable screenShown = () -> { };
    private final ResourceBundle texts;
    /** Tells that Ctrl+1… switch screens; the entries' tooltips tell each one's shortcut. */
    private final Label shortcutHint = new Label();
    private final MenuButton dataMenu = new MenuButton();
    /** The "Opening your data…" note, while it is shown. */
    private VBox waiting;
    /** Below this width the sidebar shows icons only, so the screens keep their room at 1024 px. */
    private static final double COMPACT_BELOW = 1180;
    /** The app name's font size at 100 % text (theme.css), to tell how much the text is scaled. */
    private static final double APP_NAME_SIZE = 15;
    private Label appName;
    // A plain property fed by a listener: the Bindings helpers would load ~100 classes before the first frame.
    private final javafx.beans.property.BooleanProperty compact = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty wide = new javafx.beans.property.SimpleBooleanProperty(true);

    public MainWindow(ResourceBundle texts) {
        this.texts = texts;
        root.getStyleClass().add("main-window");
        root.setLeft(sidebar());
        content.getStyleClass().add("content");
        root.setCenter(content);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                FollowFocus.everywhere(scene);
                if (scene.getWindow() != null) {
                    Mnemonics.install(scene.getWindow());
                }
                scene.windowProperty().addListener((o, was, window) -> {
                    if (window != null) {
                        Mnemonics.install(window);
                    }
                });
            }
        });
        showWaiting();
    }

    public Parent root() {
        return root;
    }

    /** Adds a screen to the sidebar; the first one added is shown. Ctrl+1…9 select screens too. */
    public Runnable addScreen(String title, Ikon icon, Node screen) {
        return addScreen(title, icon, () -> screen);
    }

    /**
     * Adds a screen that is built when it is first selected, or earlier by {@link #buildScreensWhenIdle},
     * so the first screen can take input before the others exist. Returns what shows the screen (building
     * it if need be), for a screen that hands the person on to another one.
     */
    public Runnable addScreen(String title, Ikon icon, Supplier<? extends Node> builder) {
        ToggleButton entry = new ToggleButton(title, Icons.of(icon, 20));
        entry.getStyleClass().add("nav-item");
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setAlignment(Pos.CENTER_LEFT);
        int number = screens.size() + 1;
        KeyCodeCombination shortcut = number <= 9
                ? new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(number)), KeyCombination.SHORTCUT_DOWN) : null;
        String tip = shortcut == null ? title
                : java.text.MessageFormat.format(texts.getString("nav.entryShortcut"), title, shortcut.getDisplayText());
        entry.setTooltip(new javafx.scene.control.Tooltip(tip));
        entry.setAccessibleHelp(tip);
        compact.addListener((obs, was, now) -> entry.setContentDisplay(
                now ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT));
        entry.setContentDisplay(compact.get()
                ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT);
        Screen screen = new Screen(builder);
        // One entry is chosen at a time. No ToggleGroup: in a group only the chosen entry is a Tab stop,
        // and the sidebar is to be walked with Tab like any other row of buttons.
        entry.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                boolean focusInSidebar = false;
                for (Node other : navigation.getChildren()) {
                    focusInSidebar |= other.isFocused();
                    if (other != entry && other instanceof ToggleButton t) {
                        t.setSelected(false);
                    }
                }
                Node shown = screen.node();
                if (content.getChildren().contains(shown)) {
                    // drawn while the data opened: only the note goes; taking the screen out and back in
                    // would lose its labels' Alt letters
                    content.getChildren().retainAll(shown);
                } else {
                    content.getChildren().setAll(shown);
                }
                screenShown.run();
                if (focusInSidebar) {
                    // a shortcut chose another entry: the focus follows, so only one entry looks chosen
                    entry.requestFocus();
                }
            } else if (navigation.getChildren().stream().noneMatch(n -> ((ToggleButton) n).isSelected())) {
                // clicking the chosen entry again must not leave the window without a screen
                entry.setSelected(true);
            }
        });
        navigation.getChildren().add(entry);
        screens.add(screen);
        entries.add(entry);
        if (shortcut != null) {
            if (number > 1) {
                shortcutHint.setText(java.text.MessageFormat.format(texts.getString("nav.shortcuts"),
                        new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN).getDisplayText(),
                        shortcut.getDisplayText()));
            }
            if (root.getScene() != null) {
                root.getScene().getAccelerators().put(shortcut, () -> selectIfShown(entry));
            } else {
                root.sceneProperty().addListener((obs, old, scene) -> {
                    if (scene != null) {
                        scene.getAccelerators().put(shortcut, () -> selectIfShown(entry));
                    }
                });
            }
        }
        if (number == 1) {
            entry.setSelected(true);
        }
        return () -> entry.setSelected(true);
    }

    /** Told each time a screen comes into view (the text size then covers a screen's own stylesheet too). */
    public void whenScreenShown(Runnable action) {
        this.screenShown = action;
    }

    private static void selectIfShown(ToggleButton entry) {
        if (entry.isVisible()) {
            entry.setSelected(true);
        }
    }

    /**
     * Shows or hides the sidebar entry of the screen added as number {@code index} (from 0), as Settings
     * asks (the clinic screens); the screen in view when hidden gives way to the first one.
     */
    public void setScreenShown(int index, boolean shown) {
        ToggleButton entry = entries.get(index);
        entry.setVisible(shown);
        entry.setManaged(shown);
        if (!shown && entry.isSelected()) {
            entries.get(0).setSelected(true);
        }
    }

    /** Brings the screen added as number {@code index} (from 0) into view. */
    public void select(int index) {
        entries.get(index).setSelected(true);
    }

    /**
     * Runs the action once the window's first frame is laid out (after that pulse, on the FX
     * thread): start-up work that nobody sees yet must not delay the first picture.
     */
    public void afterFirstFrame(Runnable action) {
        javafx.scene.Scene scene = root.getScene();
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /**
     * Builds the screens not built yet, one per pulse after the next frame, so a click in the
     * meantime waits for one screen at most and the first switch to each finds it ready.
     */
    public void buildScreensWhenIdle() {
        buildScreensWhenIdleAndThen(() -> { });
    }

    /** The same, then {@code then} on the FX thread once every screen is built. */
    public void buildScreensWhenIdleAndThen(Runnable then) {
        java.util.Optional<Screen> next = screens.stream().filter(s -> !s.built()).findFirst();
        if (next.isEmpty()) {
            then.run();
            return;
        }
        afterFirstFrame(() -> {
            next.get().node();
            buildScreensWhenIdleAndThen(then);
        });
        javafx.application.Platform.requestNextPulse(); // an idle window has no pulse of its own
    }

    /** A screen of the sidebar and, once built, its node. */
    private static final class Screen {
        private Supplier<? extends Node> builder;
        private Node node;

        Screen(Supplier<? extends Node> builder) {
            this.builder = builder;
        }

        boolean built() {
            return node != null;
        }

        Node node() {
            if (node == null) {
                node = builder.get();
                builder = null;
            }
            return node;
        }
    }

    /** An entry of a menu: its id (for tests), its text and what it does. */
    public record MenuAction(String id, String text, Runnable action) {
    }

    /**
     * The Data menu: back up now, the list of backups (from which one is restored), and below them the
     * encryption changes that apply. Off until the data is open, since all of them need it.
     */
    public void enableDataMenu(Runnable backUpNow, Runnable showBackups, List<MenuAction> encryption) {
        MenuItem now = new MenuItem(texts.getString("data.backUpNow"));
        now.setId("backUpNowItem");
        now.setOnAction(e -> backUpNow.run());
        MenuItem list = new MenuItem(texts.getString("data.backups"));
        list.setId("backupsItem");
        list.setOnAction(e -> showBackups.run());
        dataMenu.getItems().setAll(now, list);
        if (!encryption.isEmpty()) {
            dataMenu.getItems().add(new javafx.scene.control.SeparatorMenuItem());
        }
        for (MenuAction action : encryption) {
            MenuItem item = new MenuItem(action.text());
            item.setId(action.id());
            item.setOnAction(e -> action.action().run());
            dataMenu.getItems().add(item);
        }
        dataMenu.setDisable(false);
    }

    /** Shows what went wrong with one way out, e.g. restoring the newest backup that opens. */
    public void showFailure(String message, String offer, String actionText, Runnable action) {
        showFailure(message);
        Label hint = new Label(offer);
        hint.setWrapText(true);
        hint.getStyleClass().add("failure-detail");
        Button button = new Button(actionText);
        button.setId("failureAction");
        button.getStyleClass().add("accent");
        button.setOnAction(e -> {
            button.setDisable(true);
            action.run();
        });
        ((VBox) content.getChildren().get(0)).getChildren().addAll(hint, button);
    }

    /** A second way out below the failure shown (e.g. this computer's data while the clinic server is away). */
    public void addFailureAction(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> {
            button.setDisable(true);
            action.run();
        });
        ((VBox) content.getChildren().get(0)).getChildren().add(button);
    }

    /** Replaces the content with a plain statement of what went wrong; the window stays open to read it. */
    public void showFailure(String message) {
        Label title = new Label(texts.getString("startup.failed"), Icons.of(Icons.FAILURE, 28));
        title.getStyleClass().add("failure-title");
        Label detail = new Label(message);
        detail.setWrapText(true);
        detail.getStyleClass().add("failure-detail");
        VBox box = new VBox(12, title, detail);
        box.getStyleClass().add("failure");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(640);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        content.getChildren().setAll(box);
    }

    private void showWaiting() {
        // A still note, not a spinner: an animation would take CPU from the database opening behind it.
        Label note = new Label(texts.getString("startup.opening"));
        note.setId("waitingNote");
        VBox box = new VBox(12, note);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("waiting");
        waiting = box;
        content.getChildren().setAll(box);
    }

    /** Whether the window shows only the "Opening your data…" note: no screens yet and no failure. */
    public boolean isWaiting() {
        return content.getChildren().size() == 1 && content.getChildren().get(0) == waiting;
    }

    /**
     * While the data opens: the first screen, drawn below the waiting note (the screen itself takes no input
     * before it has its data), so its controls, styles and layout are done when the data comes. Only while the
     * note is shown: once the data opened (its screens are in) or failed (the failure is shown) this does
     * nothing and says false.
     */
    public boolean showWhileWaiting(Node screen) {
        if (!isWaiting()) {
            return false;
        }
        waiting.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        waiting.getStyleClass().add("waiting-over");
        StackPane.setAlignment(waiting, Pos.BOTTOM_CENTER);
        StackPane.setMargin(waiting, new javafx.geometry.Insets(24));
        content.getChildren().setAll(screen, waiting);
        return true;
    }

    /** Compact below COMPACT_BELOW at the usual text size, below a width as much larger as the text is. */
    private void updateCompact() {
        double scale = appName == null ? 1 : Math.max(1, appName.getFont().getSize() / APP_NAME_SIZE);
        compact.set(root.getWidth() < COMPACT_BELOW * scale);
    }

    private Node sidebar() {
        ImageView logo = new ImageView(new Image(
                MainWindow.class.getResource("app-icon/recovery-planner-32.png").toExternalForm(), true));
        logo.setFitWidth(28);
        logo.setFitHeight(28);
        logo.setAccessibleText(texts.getString("app.title"));
        Label name = new Label(texts.getString("app.title"));
        name.getStyleClass().add("app-name");
        appName = name;
        HBox brand = new HBox(10, logo, name);
        brand.setAlignment(Pos.CENTER_LEFT);
        brand.getStyleClass().add("brand");

        navigation.getStyleClass().add("navigation");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label disclaimer = new Label(texts.getString("app.disclaimer"));
        disclaimer.setWrapText(true);
        disclaimer.getStyleClass().add("disclaimer");
        dataMenu.setText(texts.getString("data.menu"));
        dataMenu.setGraphic(Icons.of(Icons.DATA, 20));
        dataMenu.setId("dataMenu");
        dataMenu.getStyleClass().add("data-menu");
        dataMenu.setMaxWidth(Double.MAX_VALUE);
        dataMenu.setTooltip(new javafx.scene.control.Tooltip(texts.getString("data.menu")));
        dataMenu.setDisable(true);
        // beside the sidebar: below it the menu would run off the window's foot
        dataMenu.setPopupSide(javafx.geometry.Side.RIGHT);
        compact.addListener((obs, was, now) -> dataMenu.setContentDisplay(
                now ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT));
        shortcutHint.setWrapText(true);
        shortcutHint.getStyleClass().add("shortcut-hint");
        VBox sidebar = new VBox(brand, navigation, shortcutHint, spacer, dataMenu, disclaimer);
        sidebar.getStyleClass().add("sidebar");
        for (Node wideOnly : List.of(name, disclaimer, shortcutHint)) {
            wideOnly.visibleProperty().bind(wide);
            wideOnly.managedProperty().bind(wide);
        }
        compact.addListener((obs, was, now) -> {
            this.wide.set(!now);
            Styles.toggle(root, "compact", now);
        });
        root.widthProperty().addListener((obs, old, width) -> updateCompact());
        // larger text (Settings) needs a wider window for the words: at 200 % the sidebar keeps its icons
        // later: the font changes while CSS is applied, and a style class added then would not be styled
        name.fontProperty().addListener((obs, old, font) -> javafx.application.Platform.runLater(this::updateCompact));
        return sidebar;
    }
}
