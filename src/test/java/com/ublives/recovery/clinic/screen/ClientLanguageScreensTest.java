package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client form of the real clinic screen chooses the language a client's sheets print in: a new
 * client starts with the desk's, German chosen with the keyboard is stored, and the client's sheet is
 * then German on an English desk.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClientLanguageScreensTest {

    @TempDir
    static Path dir;

    private ClinicFixture fixture;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ClinicFixture(Files.createTempDirectory(dir, "data"), Platform::runLater);
        ClinicScreen screen = ClinicScreen.create(fixture.parts());
        MainWindow window = new MainWindow(ClinicFixture.TEXTS);
        window.addScreen(ClinicFixture.TEXTS.getString("nav.clinic"), Icons.CLINIC, screen.root());
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aClientWhoReadsGermanGetsGermanSheetsOnAnEnglishDesk(FxRobot robot) throws Exception {
        fixture.setUpClinic();
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".clinic").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "clients-tab".equals(t.getId())).findFirst().orElseThrow());
        });
        robot.clickOn("#newButton");
        robot.write("Jonas Weber");
        @SuppressWarnings("unchecked")
        ComboBox<Language> box = robot.lookup("#clientLanguageBox").queryAs(ComboBox.class);
        assertThat(box.getValue()).as("a new client reads the desk's language").isEqualTo(Language.ENGLISH);
        assertThat(box.getConverter().toString(Language.GERMAN)).isEqualTo("Deutsch");

        // the keyboard alone: focus the list and pick the next language
        robot.interact(box::requestFocus);
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getValue()).isEqualTo(Language.GERMAN);
        robot.clickOn("#saveClientButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fixture.clinic.searchClients("").size() == 1);
        Client jonas = fixture.clinic.searchClients("").get(0);
        assertThat(jonas.language()).isEqualTo(Language.GERMAN);

        ClinicSession session = fixture.session(jonas, ClinicFixture.NOW.minusHours(1), "deep-tissue", 5);
        String sheet;
        try (PDDocument pdf = Loader.loadPDF(fixture.pages.pdf(fixture.sheets.forSession(session.id(), null)))) {
            sheet = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(sheet).contains("Ihr Nachsorgeplan", "Tiefengewebsmassage", "Wasser trinken");

        // chosen again, the stored client shows its language in the form
        robot.clickOn("#newButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getValue()).isEqualTo(Language.ENGLISH);
        robot.interact(() -> robot.lookup("#clientList").queryAs(javafx.scene.control.ListView.class).getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(box.getValue()).isEqualTo(Language.GERMAN);

        // a German desk starts a new client in German
        ClientsViewModel germanDesk = new ClientsViewModel(fixture.clinic, fixture.services.planner().ruleSet(),
                fixture.dialogs, fixture.tasks, Language.GERMAN.messages());
        assertThat(germanDesk.languageProperty().get()).isEqualTo(Language.GERMAN);
    }
}
