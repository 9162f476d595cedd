package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.planner.PlannerService;
import com.ublives.recovery.clinic.AftercareSheets;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;

/**
 * The clinic screen: sessions, clients (each with their history of sessions), the clinic's profile and the
 * sheet preview as tabs (Ctrl+Tab moves between them). Builds the view models from the services and loads
 * each tab's FXML.
 */
public final class ClinicScreen {

    /** What the clinic screen is built from; App passes the real ones, tests fakes where they need. */
    public record Parts(ClinicService clinic, AftercareSheets sheets, PlannerService planner, SheetPages pages,
                        SheetPrinter printer, DialogService dialogs, BackgroundTasks tasks, Executor fxThread,
                        ResourceBundle texts, Clock clock) {
    }

    /** The view models behind the tabs, for tests that drive or inspect them. */
    public record Models(ProfileViewModel profile, ClientsViewModel clients, ClientHistoryViewModel history,
                         SessionsViewModel sessions, PreviewViewModel preview) {
    }

    private final TabPane root;
    private final Models models;

    private ClinicScreen(TabPane root, Models models) {
        this.root = root;
        this.models = models;
    }

    public Parent root() {
        return root;
    }

    public Models models() {
        return models;
    }

    public static ClinicScreen create(Parts p) {
        ResourceBundle texts = p.texts();
        ProfileViewModel profile = new ProfileViewModel(p.clinic(), p.dialogs(), p.tasks(), texts);
        ClientsViewModel clients = new ClientsViewModel(p.clinic(), p.planner().ruleSet(), p.dialogs(), p.tasks(), texts);
        ClientHistoryViewModel history = new ClientHistoryViewModel(p.clinic(), p.planner().ruleSet(), p.dialogs(),
                p.tasks(), texts, p.clock().getZone());
        PreviewViewModel preview = new PreviewViewModel(p.sheets(), p.pages(),
                new SheetOutput(p.pages(), p.printer(), p.dialogs(), p.tasks(), p.fxThread(), texts),
                p.dialogs(), p.tasks(), texts);
        SessionsViewModel sessions = new SessionsViewModel(p.clinic(), p.sheets(), p.planner(), preview,
                new SheetOutput(p.pages(), p.printer(), p.dialogs(), p.tasks(), p.fxThread(), texts),
                p.dialogs(), p.tasks(), texts, p.clock());

        Tab sessionsTab = tab("sessions-tab", texts.getString("clinic.tab.sessions"),
                load("Sessions.fxml", texts, new SessionsController(sessions, texts, p.clock().getZone())));
        Tab clientsTab = tab("clients-tab", texts.getString("clinic.tab.clients"),
                load("Clients.fxml", texts, new ClientsController(clients, history, texts)));
        Tab profileTab = tab("profile-tab", texts.getString("clinic.tab.profile"),
                load("Profile.fxml", texts, new ProfileController(profile)));
        Tab previewTab = tab("preview-tab", texts.getString("clinic.tab.preview"),
                load("Preview.fxml", texts, new PreviewController(preview)));
        TabPane tabs = new TabPane(sessionsTab, clientsTab, profileTab, previewTab);
        tabs.getStyleClass().add("clinic");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStylesheets().add(ClinicScreen.class.getResource("clinic.css").toExternalForm());

        // Each tab shows fresh data when it is chosen; a preview request brings the preview forward.
        sessionsTab.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                sessions.keepTimeCurrent();
                sessions.reloadChoices();
                sessions.loadDay();
            }
        });
        preview.requests().addListener(o -> tabs.getSelectionModel().select(previewTab));
        clients.changes().addListener(o -> sessions.reloadChoices());
        // A client's history: the chosen client's sessions; Open shows one in the session form.
        history.client().bind(clients.selected());
        history.setOpener(session -> {
            tabs.getSelectionModel().select(sessionsTab);
            sessions.edit(session);
        });
        history.deleted().addListener((obs, old, gone) -> sessions.forget(gone));
        sessions.changes().addListener(o -> history.load());
        profile.saved().addListener(o -> sessions.reloadChoices());

        // Reading the sheet font takes a moment: do it now, in the background, not on the first preview.
        p.tasks().run(p.pages()::renderer, ready -> { }, failed -> { });
        profile.load();
        clients.search();
        sessions.reloadChoices();
        sessions.loadDay();
        return new ClinicScreen(tabs, new Models(profile, clients, history, sessions, preview));
    }

    private static Tab tab(String id, String title, Loaded loaded) {
        Tab tab = new Tab(title, loaded.root());
        tab.setId(id);
        tab.setClosable(false);
        // A scene has one Enter key: only the shown tab's default button may take it.
        loaded.defaultButtons().forEach(button -> button.defaultButtonProperty().bind(tab.selectedProperty()));
        return tab;
    }

    private record Loaded(Parent root, List<Button> defaultButtons) {
    }

    private static Loaded load(String fxml, ResourceBundle texts, Object controller) {
        FXMLLoader loader = new FXMLLoader(ClinicScreen.class.getResource(fxml), texts);
        loader.setControllerFactory(type -> controller);
        try {
            Parent root = loader.load();
            List<Button> defaults = loader.getNamespace().values().stream()
                    .filter(node -> node instanceof Button button && button.isDefaultButton())
                    .map(Button.class::cast).toList();
            return new Loaded(root, defaults);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the clinic screen " + fxml, e);
        }
    }
}
