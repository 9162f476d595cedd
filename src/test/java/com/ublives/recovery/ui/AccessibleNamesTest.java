package com.ublives.recovery.ui;

import com.ublives.recovery.rules.MassageType;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every control a person can reach with Tab, on every screen of the real app and in the forms that open
 * there (Log a massage, check-in, client, session, content entry), has a name a screen reader reads; every
 * picture has a text. The failure names each control without one.
 */
@Tag("ui")
class AccessibleNamesTest {

    @TempDir
    Path dir;
    private RealApp app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyControlOnEveryScreenAndFormHasAnAccessibleName() throws Exception {
        app = RealApp.start(dir, 1280, 800);
        Set<String> missing = new LinkedHashSet<>();

        app.show("Assessment");
        note(missing, "assessment");
        showAPlan();
        note(missing, "assessment with a plan");

        app.show("Journal");
        app.await(() -> !app.node("#recoveryList", ListView.class).getItems().isEmpty());
        app.robot().interact(() -> app.node("#recoveryList", ListView.class).getSelectionModel().select(0));
        app.await(() -> app.node("#checkInButton", Button.class).isVisible());
        note(missing, "journal");
        javafx.scene.Node detail = rightPane();
        app.robot().interact(() -> app.node("#checkInButton", Button.class).fire());
        app.await(() -> rightPane() != detail);
        javafx.scene.Node checkInForm = rightPane();
        note(missing, "check-in form");
        app.robot().interact(() -> app.node("#logMassageButton", Button.class).fire());
        app.await(() -> rightPane() != checkInForm && rightPane() != detail);
        note(missing, "log a massage form");

        app.show("Clinic");
        app.await(() -> !app.node("#sessionList", ListView.class).getItems().isEmpty());
        note(missing, "clinic sessions and the session form");
        tab("clients-tab");
        app.await(() -> !app.node("#clientList", ListView.class).getItems().isEmpty());
        app.robot().interact(() -> app.node("#clientList", ListView.class).getSelectionModel().select(0));
        note(missing, "clinic client form");
        tab("profile-tab");
        note(missing, "clinic profile");
        tab("sessions-tab");
        app.robot().interact(() -> {
            app.node("#sessionList", ListView.class).getSelectionModel().select(0);
            app.node("#previewButton", Button.class).fire();
        });
        app.await(() -> app.node("#pageView", ImageView.class).getImage() != null);
        note(missing, "clinic sheet preview");

        app.show("Content");
        app.await(() -> !app.node("#entryList", ListView.class).getItems().isEmpty());
        app.robot().interact(() -> app.node("#entryList", ListView.class).getSelectionModel().select(0));
        note(missing, "content entry");

        app.show("Settings");
        note(missing, "settings");

        assertThat(missing).isEmpty();
    }

    /** What the journal shows on the right: a recovery's detail or one of its forms. */
    private javafx.scene.Node rightPane() {
        return app.node("#rightPane", javafx.scene.layout.StackPane.class).getChildren().get(0);
    }

    private void note(Set<String> missing, String where) {
        AtomicReference<List<String>> found = new AtomicReference<>(new ArrayList<>());
        app.robot().interact(() -> found.set(AccessibleNames.missing(app.scene().getRoot())));
        found.get().forEach(m -> missing.add(where + ": " + m));
    }

    @SuppressWarnings("unchecked")
    private void showAPlan() {
        app.robot().interact(() -> {
            ComboBox<MassageType> box = app.node("#massageBox", ComboBox.class);
            box.setValue(box.getItems().stream().filter(t -> t.id().equals("deep-tissue")).findFirst().orElseThrow());
            app.node("#datePicker", DatePicker.class).setValue(LocalDate.now().minusDays(1));
            app.node("#timeField", TextField.class).setText("08:00");
            app.node("#sorenessField", TextField.class).setText("5");
            app.node("#showPlanButton", Button.class).fire();
        });
        app.await(() -> app.robot().lookup("#why").tryQuery().isPresent());
        app.robot().interact(() -> app.node("#why", TitledPane.class).setExpanded(true));
    }

    private void tab(String id) {
        app.robot().interact(() -> {
            TabPane tabs = app.node(".clinic", TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
        });
        app.await(() -> true);
    }
}
