package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.App;
import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicProfile;
import com.ublives.recovery.clinic.ClinicService;
import com.ublives.recovery.clinic.NewSession;
import com.ublives.recovery.clinic.Paper;
import com.ublives.recovery.clinic.sheet.SheetFixtures;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.SceneShots;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Fills a fresh data folder with a clinic, clients and today's sessions, runs the real app on it,
 * opens the clinic screens and saves their screenshots. Run under Xvfb:
 * {@code xvfb-run -a -s "-screen 0 1280x900x24" mvn -q -Pbench test-compile exec:java
 * -Dbench.main='com.ublives.recovery.clinic.screen.ClinicScreenshotTour$Main' -Dexec.args="docs"}
 */
public class ClinicScreenshotTour extends App {

    private static Path out;
    private Stage stage;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    public static final class Main {
        public static void main(String[] args) throws IOException {
            out = Path.of(args.length > 0 ? args[0] : "docs");
            Files.createDirectories(out);
            Path data = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("clinic-shots");
            try (Services services = Services.open(data)) {
                seed(services.clinic());
            }
            Application.launch(ClinicScreenshotTour.class, "--data-dir", data.toString());
        }
    }

    public static void seed(ClinicService clinic) {
        if (!clinic.searchClients("").isEmpty()) {
            return;
        }
        clinic.saveProfile(new ClinicProfile("Harbour Street Massage Clinic", "12 Harbour Street, Gdańsk 80-001",
                "+48 58 123 45 67", "hello@harbourmassage.example", "harbourmassage.example", SheetFixtures.logoPng(),
                List.of("Anna Nowak", "Jan Kowalski"), Paper.A4, "Harbour Street Massage Clinic · open Mon–Sat 9–19"));
        Client zoe = clinic.addClient(new Client(null, "Zoë Łukasz-Müller", "+48 600 100 200", "zoe@example.com",
                List.of("blood-thinners"), "Prefers firm pressure on the shoulders."));
        Client li = clinic.addClient(new Client(null, "李小龍", "", "", List.of(), ""));
        Client maria = clinic.addClient(new Client(null, "María José Fernández", "+34 600 000 000", "", List.of("pregnancy"), ""));
        clinic.addClient(new Client(null, "Γιώργος Παπαδόπουλος", "", "", List.of("recent-injury-surgery"), ""));
        ZoneId zone = clinic.zone();
        LocalDate today = LocalDate.now(zone);
        clinic.recordSession(new NewSession(maria.id(), today.atTime(9, 0).atZone(zone).toInstant(), "Anna Nowak",
                "prenatal", "light", List.of("lower-back", "legs"), 2, PainQuality.ACHY, List.of(), List.of(), null));
        clinic.recordSession(new NewSession(zoe.id(), today.atTime(10, 30).atZone(zone).toInstant(), "Anna Nowak",
                "deep-tissue", "firm", List.of("neck", "shoulders"), 5, PainQuality.ACHY, List.of("dehydrated"),
                List.of(), "Tender left trapezius"));
        // an earlier visit, so Zoë's history on the Clients tab lists two sessions
        clinic.recordSession(new NewSession(zoe.id(), today.minusDays(7).atTime(11, 0).atZone(zone).toInstant(),
                "Jan Kowalski", "swedish", "medium", List.of("shoulders"), 2, PainQuality.ACHY, List.of(), List.of(), null));
        clinic.recordSession(new NewSession(li.id(), today.atTime(13, 15).atZone(zone).toInstant(), "Jan Kowalski",
                "sports", "deep", List.of("legs"), 4, PainQuality.ACHY, List.of(), List.of(), null));
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        super.start(primary);
    }

    @Override
    protected void servicesReady(Services services) {
        steps.add(() -> { });
        steps.add(() -> stage.getScene().getRoot().lookupAll(".nav-item").stream()
                .map(ToggleButton.class::cast).filter(b -> b.getText().equals("Clinic")).findFirst().orElseThrow()
                .setSelected(true));
        steps.add(() -> { });
        steps.add(() -> {
            // a session being recorded, next to the day's list
            ListView<?> list = node("#sessionList", ListView.class);
            list.getSelectionModel().select(1);
            list.requestFocus();
            choose("#clientBox", "Γιώργος Παπαδόπουλος");
            choose("#massageBox", "Swedish");
            node("#timeField", javafx.scene.control.TextField.class).setText("15:00");
            node("#pressure-light", javafx.scene.control.RadioButton.class).setSelected(true);
            node("#area-shoulders", javafx.scene.control.CheckBox.class).setSelected(true);
            node("#area-upper-back", javafx.scene.control.CheckBox.class).setSelected(true);
            node("#sorenessField", javafx.scene.control.TextField.class).setText("2");
            node("#therapistBox", javafx.scene.control.ComboBox.class).getEditor().setText("Jan Kowalski");
        });
        steps.add(() -> save("screenshot-clinic.png"));
        steps.add(() -> tab("clients-tab"));
        steps.add(() -> {
            // Zoë, with her history of sessions beside her details
            @SuppressWarnings("unchecked") ListView<Client> list = node("#clientList", ListView.class);
            list.getSelectionModel().select(list.getItems().stream().filter(c -> c.name().startsWith("Zoë"))
                    .findFirst().orElseThrow());
            list.requestFocus();
        });
        steps.add(() -> node("#historyList", ListView.class).getSelectionModel().select(0));
        steps.add(() -> save("screenshot-clinic-clients.png"));
        steps.add(() -> {
            // her oldest session, opened in the session form to be read or changed
            ListView<?> history = node("#historyList", ListView.class);
            history.getSelectionModel().select(history.getItems().size() - 1);
            node("#openSessionButton", Button.class).fire();
        });
        steps.add(() -> save("screenshot-clinic-session-open.png"));
        steps.add(() -> tab("profile-tab"));
        steps.add(() -> save("screenshot-clinic-profile.png"));
        steps.add(() -> tab("sessions-tab"));
        steps.add(() -> node("#sessionList", ListView.class).getSelectionModel().select(1));
        steps.add(() -> node("#previewButton", Button.class).fire());
        waitFor(() -> node("#pageView", ImageView.class).getImage() != null);
        steps.add(() -> save("screenshot-clinic-preview.png"));
        steps.add(Platform::exit);
        next();
    }

    private void waitFor(BooleanSupplier condition) {
        steps.add(new Runnable() {
            private int tries;
            @Override public void run() {
                if (!condition.getAsBoolean() && ++tries < 40) {
                    steps.addFirst(this);
                }
            }
        });
    }

    @SuppressWarnings("unchecked")
    private void choose(String query, String name) {
        javafx.scene.control.ComboBox<Object> box = node(query, javafx.scene.control.ComboBox.class);
        box.setValue(box.getItems().stream().filter(item -> box.getConverter().toString(item).equals(name))
                .findFirst().orElseThrow());
    }

    private void tab(String id) {
        TabPane tabs = node(".clinic", TabPane.class);
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            return;
        }
        step.run();
        PauseTransition settle = new PauseTransition(Duration.millis(700));
        settle.setOnFinished(e -> next());
        settle.play();
    }

    private <T> T node(String query, Class<T> type) {
        return SceneShots.node(stage.getScene(), query, type);
    }

    private void save(String name) {
        SceneShots.save(stage.getScene(), out.resolve(name));
    }
}
