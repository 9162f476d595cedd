package com.ublives.recovery;

import com.ublives.recovery.assess.AssessmentScreen;
import com.ublives.recovery.clinic.AftercareSheets;
import com.ublives.recovery.clinic.screen.ClinicScreen;
import com.ublives.recovery.clinic.screen.FxSheetPrinter;
import com.ublives.recovery.clinic.screen.PreviewViewModel;
import com.ublives.recovery.clinic.screen.SheetPages;
import com.ublives.recovery.content.screen.ContentScreen;
import com.ublives.recovery.datafolder.DataFolder;
import com.ublives.recovery.datafolder.FolderSession;
import com.ublives.recovery.storage.DataDirectory;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.StorageException;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import com.ublives.recovery.ui.FxDialogService;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.AltLetters;
import com.ublives.recovery.ui.MainWindow;
import com.ublives.recovery.ui.Appearance;
import com.ublives.recovery.place.PlaceService;
import com.ublives.recovery.settings.PlaceSettings;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.ui.settings.PlaceViewModel;
import com.ublives.recovery.ui.settings.SettingsScreen;
import com.ublives.recovery.ui.settings.SettingsViewModel;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.i18n.Phrase;
import com.ublives.recovery.settings.Settings;
import com.ublives.recovery.settings.SettingsService;
import com.ublives.recovery.ui.data.BackupsDialog;
import com.ublives.recovery.ui.data.BackupsViewModel;
import com.ublives.recovery.ui.data.EncryptionDialog;
import com.ublives.recovery.ui.data.EncryptionViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The JavaFX application and composition root: it shows the window at once, opens the services
 * of the data directory off the FX thread, and then installs the screens wired to them.
 */
public class App extends Application {

    private static final int[] ICON_SIZES = {16, 32, 48, 64, 128, 256};

    /** Screen numbers in the sidebar, in the order install() adds them. */
    private static final int CLINIC_SCREEN = 2;
    private static final int CONTENT_SCREEN = 3;
    private static final int SETTINGS_SCREEN = 4;

    private ResourceBundle texts;
    /** The language of {@link #texts}. */
    private Language language;
    private Locale systemLocale;
    private Path dataDir;
    private Settings startSettings;
    /** Where the window's data is: the folder, or the clinic server chosen in Settings (read before anything opens). */
    private DataLocation here;
    /** What a switch of place said, shown on the Settings screen of the window it built. */
    private String placeNote = "";
    private final Appearance appearance = new Appearance();
    private MainWindow window;
    private Services opened;
    private BackgroundTasks tasks;
    private DialogService dialogs;
    private FolderSession<Services> session;
    private BackupsViewModel<Services> backupsModel;
    private EncryptionViewModel<Services> encryptionModel;
    private Stage stage;
    private Runnable stopFollowingRules = () -> { };
    /** The assessment form built while the data opened, until {@link #install} takes it. */
    private AssessmentScreen.Built waitingForm;

    /**
     * Off the FX thread, before the window: the data folder's settings, so the window is built in the
     * chosen language and colours from its first frame.
     */
    @Override
    public void init() {
        systemLocale = Locale.getDefault();
        dataDir = DataDirectory.resolve(Launcher.dataDirOption(getParameters().getRaw()));
        startSettings = new SettingsService(dataDir).current();
        here = new PlaceSettings(dataDir).location();
        language = startSettings.languageFor(systemLocale);
        language.makeDefault(systemLocale);
        texts = language.messages();
        appearance.set(startSettings.theme(), startSettings.textSize());
    }

    @Override
    public void start(Stage stage) {
        if (texts == null) {
            init(); // started without init (a test calling start itself)
        }
        // The data folder starts opening before the window is built: it is most of the wait for a usable screen.
        // What it answers comes on the FX thread after this method, when the window below is there.
        openServices(stage);
        MainWindow window = new MainWindow(texts);
        this.window = window;
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(1280, screen.getWidth()), Math.min(800, screen.getHeight()));
        appearance.apply(scene);
        window.whenScreenShown(() -> appearance.apply(scene));
        stage.setScene(scene);
        AltLetters.keep(stage);
        stage.setTitle(texts.getString("app.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        catchUpOnRulesWhenFocused(stage);
        stage.show();
        // The icons wait for the first frame, so the window is not slowed by work nobody sees yet; then the
        // assessment form is built while the data still opens.
        window.afterFirstFrame(() -> {
            addIcons(stage);
            buildFormWhileOpening(window);
        });
    }

    /**
     * The assessment form, drawn (disabled, without choices) below the waiting note while the data folder
     * opens: its FXML, controls and styles are then done when the rules come, and {@link #install} only fills it.
     * Not when the data came first (its screens are in) or failed (its message stays in view).
     */
    private void buildFormWhileOpening(MainWindow window) {
        if (opened != null || window != this.window || !window.isWaiting()) {
            return;
        }
        AssessmentScreen.Built form = AssessmentScreen.waitingForRules(texts, Clock.systemDefaultZone());
        if (window.showWhileWaiting(form.root())) {
            waitingForm = form;
        }
    }

    private void openServices(Stage stage) {
        this.stage = stage;
        dialogs = dialogs(stage);
        tasks = new BackgroundTasks(Platform::runLater);
        session = new FolderSession<>(new DataFolder(dataDir, Clock.systemDefaultZone()),
                password -> Services.open(dataDir, password, this::tellBackupFailed),
                opened -> opened.database().dataSource());
        backupsModel = new BackupsViewModel<>(session, dialogs, tasks, texts, ZoneId.systemDefault(), this::reopened);
        encryptionModel = new EncryptionViewModel<>(session, dialogs, tasks, texts, this::reopened);
        new DataOpening(dataDir, session, tasks, dialogs, texts, () -> window, backupsModel, (services, where) -> {
            here = where;
            servicesOpened(services);
        }).open(here);
    }

    private void servicesOpened(Services opened) {
        install(window, opened);
        tellIfRuleSetRefused(opened);
        servicesReady(opened);
    }

    /**
     * After a restore or an encryption change: a new window content on the data opened again (the old
     * screens held the old services; the Data menu offers what applies now).
     */
    private void reopened(Services opened) {
        rebuild(opened);
        tellIfRuleSetRefused(opened);
    }

    /** A new window content on these services, in the language of {@link #texts}. */
    private void rebuild(Services services) {
        MainWindow fresh = new MainWindow(texts);
        this.window = fresh;
        Scene scene = stage.getScene();
        scene.setRoot(fresh.root());
        fresh.whenScreenShown(() -> appearance.apply(scene));
        install(fresh, services);
        appearance.apply(scene);
    }

    /** The clinic's screens (its sessions and its own content) come and go together. */
    private void showClinicScreens(boolean shown) {
        window.setScreenShown(CLINIC_SCREEN, shown);
        window.setScreenShown(CONTENT_SCREEN, shown);
    }

    /**
     * A change made in Settings, applied at once: colours and text size to the scene, the clinic screens
     * shown or hidden; a new language rebuilds the window's content in it (what was typed in a form
     * and not saved is not kept) and comes back to the Settings screen.
     */
    private void applySettings(Settings settings) {
        Scene scene = stage.getScene();
        appearance.set(settings.theme(), settings.textSize());
        appearance.apply(scene);
        showClinicScreens(settings.clinicShown());
        // compared as languages: the English bundle is the base one, whose locale is the root locale, not "en"
        Language chosen = settings.languageFor(systemLocale);
        if (chosen != language) {
            language = chosen;
            language.makeDefault(systemLocale);
            texts = language.messages();
            backupsModel = new BackupsViewModel<>(session, dialogs, tasks, texts, ZoneId.systemDefault(), this::reopened);
            encryptionModel = new EncryptionViewModel<>(session, dialogs, tasks, texts, this::reopened);
            stage.setTitle(texts.getString("app.title"));
            rebuild(opened);
            window.select(SETTINGS_SCREEN);
        }
    }

    /** Said once a day at most: the change was saved, its backup was not. */
    private void tellBackupFailed(Phrase message) {
        Platform.runLater(() -> dialogs.showError(texts.getString("data.autoBackup.failed"), message.in(texts)));
    }

    private static void addIcons(Stage stage) {
        for (int size : ICON_SIZES) {
            stage.getIcons().add(new Image(MainWindow.class.getResource(
                    "app-icon/recovery-planner-" + size + ".png").toExternalForm(), true));
        }
    }

    /**
     * Wires each screen to the services; later features add their screen here with one call. The
     * assessment screen is built at once; the others once it is on screen, one per frame (their
     * FXML took as long as the assessment screen's), or when first chosen if that is sooner.
     */
    private void install(MainWindow window, Services opened) {
        opened.planner().speak(language.code()); // the rules' texts in the window's language too
        this.opened = opened;
        if (here instanceof DataLocation.Folder) {
            // backups and encryption are the folder's; a server's are its administrator's (pg_dump)
            window.enableDataMenu(backupsModel::backUpNow, () -> BackupsDialog.show(stage, backupsModel, texts),
                    EncryptionDialog.menuActions(stage, encryptionModel, texts));
        }
        // the screens replaced (new language, data opened again) no longer follow the rules
        stopFollowingRules.run();
        AssessmentScreen.Built form = waitingForm;
        waitingForm = null; // the first install's only: a later window content is built anew
        stopFollowingRules = PersonalScreens.add(window, opened, tasks, texts, Clock.systemDefaultZone(), dialogs,
                new FxSheetPrinter(dialogs), form);
        // one sheet renderer for the clinic's and the content's previews: its font is 5 MB
        SheetPages pages = SheetPages.lazy(Clock.systemDefaultZone());
        boolean clinic = opened.settings().current().clinicShown();
        window.addScreen(texts.getString("nav.clinic"), Icons.CLINIC, () -> {
            Parent screen = clinicScreen(opened, pages);
            if (clinic) {
                // from here on a preview can be asked for: the sheets warm up on a lane of their own while the
                // remaining screens are built, not after them
                warmUpSheets(opened, pages);
            }
            return screen;
        });
        window.addScreen(texts.getString("nav.content"), Icons.CONTENT, () -> contentScreen(opened, pages));
        String note = placeNote;
        placeNote = "";
        window.addScreen(texts.getString("nav.settings"), Icons.SETTINGS, () -> SettingsScreen.create(
                new SettingsViewModel(opened.settings(), tasks, dialogs, texts, this::applySettings), texts,
                new PlaceViewModel(new PlaceSettings(dataDir), here, desk(), tasks, dialogs, texts, note)));
        showClinicScreens(clinic);
        window.buildScreensWhenIdle();
    }

    /**
     * Once the clinic screen is built: one sample sheet drawn and thrown away on a lane of its own, so the sheets'
     * font (5 MB) and PDFBox's drawing are loaded before the first preview (see {@link SheetPages#warmUp}).
     */
    private void warmUpSheets(Services opened, SheetPages pages) {
        pages.warmUp(tasks.lane(PreviewViewModel.WARM_UP_LANE), () -> {
            var rules = opened.planner().ruleSet();
            var outcome = opened.planner().assess(new com.ublives.recovery.rules.AssessmentParser.Raw(
                    rules.massageTypes().get(0).id(), "3", "achy", "24", null, List.of(), List.of(), List.of()));
            return com.ublives.recovery.clinic.sheet.SheetContent.personal(java.time.LocalDate.now(), outcome, rules);
        }, SheetPages.previewDpi(Screen.getPrimary().getOutputScaleX()));
    }

    /**
     * Switching where the data is, without a restart: the new data is opened while the window still works
     * on the old; once it is open the window is built anew on it (every screen reads its data again) and
     * the old data is closed in the background. When opening fails nothing changes.
     */
    private PlaceViewModel.Desk desk() {
        return new PlaceViewModel.Desk() {
            @Override
            public Consumer<String> open(DataLocation where) {
                Services fresh;
                if (where instanceof DataLocation.Server server) {
                    fresh = Services.openServer(server.address(), () -> null, dataDir);
                } else if (here instanceof DataLocation.Folder) {
                    fresh = opened; // already on this computer's data: the screens read it again
                } else {
                    fresh = session.open(folderPassword());
                }
                DataLocation shown = where instanceof DataLocation.Server server
                        ? DataLocation.server(server.address().withPassword(null)) : where;
                return note -> moveTo(fresh, shown, note);
            }

            @Override
            public PlaceService.Copied copyTo(ServerAddress server) {
                return PlaceService.copyToServer(opened.database(), server, () -> null);
            }
        };
    }

    /** Off the FX thread: the password of an encrypted folder, asked for on the FX thread while this waits. */
    private Password folderPassword() {
        if (!session.folder().encrypted()) {
            return null;
        }
        java.util.concurrent.CompletableFuture<Optional<char[]>> asked = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> asked.complete(dialogs.askPassword(texts.getString("password.title"),
                MessageFormat.format(texts.getString("password.prompt"), session.folder().path()), texts.getString("password.open"))));
        char[] typed = asked.join().orElseThrow(() -> new StorageException(com.ublives.recovery.i18n.Phrase.of("settings.data.noPassword"), null));
        try {
            return Password.of(typed);
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
    }

    /** On the FX thread: the window on the data just opened; the old data is closed behind it. */
    private void moveTo(Services fresh, DataLocation where, String note) {
        Services old = opened;
        boolean wasFolder = here instanceof DataLocation.Folder;
        here = where;
        placeNote = note;
        rebuild(fresh);
        window.select(SETTINGS_SCREEN);
        tellIfRuleSetRefused(fresh);
        if (old != fresh) {
            tasks.run(() -> {
                if (wasFolder) {
                    session.close();
                } else {
                    old.close();
                }
                return null;
            }, closed -> { }, notClosed -> { });
        }
    }

    /**
     * When the window comes back to the front, the rules in use are checked (one small query): a change
     * made meanwhile by the command line or another desk reaches the forms without a restart.
     */
    private void catchUpOnRulesWhenFocused(Stage stage) {
        stage.focusedProperty().addListener((obs, was, focused) -> {
            Services now = opened;
            if (focused && now != null) {
                tasks.run(() -> now.content().catchUp(), changed -> { }, failure -> { });
            }
        });
    }

    private Parent clinicScreen(Services opened, SheetPages pages) {
        Clock clock = Clock.systemDefaultZone();
        return ClinicScreen.create(new ClinicScreen.Parts(opened.clinic(),
                new AftercareSheets(opened.clinic(), opened.planner()), opened.planner(), pages,
                new FxSheetPrinter(dialogs), dialogs, tasks, Platform::runLater, texts, clock)).root();
    }

    private Parent contentScreen(Services opened, SheetPages pages) {
        Clock clock = Clock.systemDefaultZone();
        return ContentScreen.create(new ContentScreen.Parts(opened.content(), opened.clinic(), pages,
                new FxSheetPrinter(dialogs), dialogs, tasks, Platform::runLater, texts, clock)).root();
    }

    /** A broken stored rule set must not pass silently: the person learns which one is in use instead, and why. */
    private void tellIfRuleSetRefused(Services opened) {
        if (!opened.ruleSetProblems().isEmpty()) {
            dialogs.showError(texts.getString("ruleSet.refused.title"), MessageFormat.format(
                    texts.getString("ruleSet.refused.detail"), opened.planner().ruleSet().version(),
                    "- " + String.join("\n- ", opened.ruleSetProblems())));
        }
    }

    /** The window's dialogs; a test of the whole window answers the file choosers it cannot click through. */
    protected DialogService dialogs(Stage owner) {
        return new FxDialogService(() -> owner);
    }

    /** Called on the FX thread once the screens are in place; the start-up benchmark listens here. */
    protected void servicesReady(Services opened) {
        // nothing to do in the app itself
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (session != null) {
            session.close();
        }
        if (opened != null && here instanceof DataLocation.Server) {
            opened.close();
        }
        if (systemLocale != null) {
            // the language chose the JVM's formats (makeDefault); a window opened after this one in the same
            // JVM (the tests open many) starts from the computer's locale again, not from this window's choice
            Locale.setDefault(systemLocale);
        }
    }
}
