package com.ublives.recovery.clinic.screen;

import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.clinic.ClinicSession;
import com.ublives.recovery.clinic.sheet.SheetFixtures;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.MainWindow;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
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
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the real clinic screens in the main window, headless, on an H2 file: set up the clinic,
 * add a client, record a session, open the preview, save it. Dialogs and the printer are fakes.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ClinicScreensTest {

    @TempDir
    static Path dir;

    private ClinicFixture fixture;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new ClinicFixture(Files.createTempDirectory(dir, "data"), Platform::runLater);
        ClinicScreen screen = ClinicScreen.create(fixture.parts());
        MainWindow window = new MainWindow(ClinicFixture.TEXTS);
        window.addScreen(ClinicFixture.TEXTS.getString("nav.clinic"), Icons.CLINIC, screen.root());
        scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource("theme.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tab(FxRobot robot, String id) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".clinic").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow());
        });
    }

    private void type(FxRobot robot, String query, String text) {
        robot.clickOn(query).write(text);
    }

    /** Clicks a control that may lie below the visible part of a scrolled form, as Tab and Space would. */
    private void press(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        robot.interact(node::requestFocus);
        robot.type(KeyCode.SPACE);
    }

    @Test
    void aClinicSetsUpAddsAClientRecordsASessionAndPreviewsAndSavesItsSheet(FxRobot robot) throws Exception {
        // 1. the clinic's profile, with a logo chosen through the (fake) file chooser
        tab(robot, "profile-tab");
        type(robot, "#clinicNameField", "Harbour Street Massage Clinic");
        type(robot, "#clinicPhoneField", "+48 58 123 45 67");
        robot.clickOn("#therapistsArea").write("Anna Nowak").type(KeyCode.ENTER).write("Jan Kowalski");
        fixture.dialogs.filesToOpen.add(Files.write(dir.resolve("logo.png"), SheetFixtures.logoPng()));
        robot.clickOn("#chooseLogoButton");
        waitUntil(() -> robot.lookup("#logoView").queryAs(ImageView.class).getImage() != null);
        robot.clickOn("#saveProfileButton");
        waitUntil(() -> !fixture.clinic.profile().name().isEmpty());
        assertThat(fixture.clinic.profile().therapists()).containsExactly("Anna Nowak", "Jan Kowalski");
        assertThat(fixture.clinic.profile().hasLogo()).isTrue();

        // 2. a client with a health condition
        tab(robot, "clients-tab");
        robot.clickOn("#newButton");
        robot.write("Zoë Łukasz-Müller");
        press(robot, "#client-condition-blood-thinners");
        robot.clickOn("#saveClientButton");
        waitUntil(() -> fixture.clinic.searchClients("").size() == 1);
        Client zoe = fixture.clinic.searchClients("").get(0);
        assertThat(zoe.conditions()).containsExactly("blood-thinners");
        waitUntil(() -> robot.lookup("#clientList").queryAs(ListView.class).getItems().size() == 1);

        // 3. a session for her
        tab(robot, "sessions-tab");
        waitUntil(() -> !fixture.clinic.searchClients("").isEmpty()
                && robot.lookup("#clientBox").queryAs(org.controlsfx.control.SearchableComboBox.class).getItems().size() == 1);
        robot.clickOn("#clientBox").write("Müller").type(KeyCode.ENTER);
        robot.clickOn("#massageBox").write("Deep").type(KeyCode.ENTER);
        robot.doubleClickOn("#timeField").eraseText(6).write("9:30");
        robot.doubleClickOn("#sorenessField").eraseText(3).write("5");
        press(robot, "#pressure-firm");
        press(robot, "#area-neck");
        press(robot, "#recordButton");
        waitUntil(() -> robot.lookup("#sessionList").queryAs(ListView.class).getItems().size() == 1);
        ClinicSession session = fixture.clinic.sessionsOn(ClinicFixture.NOW.toLocalDate()).get(0);
        assertThat(session.client().id()).isEqualTo(zoe.id());
        assertThat(session.pressure()).isEqualTo("firm");
        assertThat(session.areas()).containsExactly("neck");
        assertThat(robot.lookup("#sessionMessage").queryAs(Label.class).getText())
                .isEqualTo("Recorded the session of Zoë Łukasz-Müller at 9:30.");

        // 4. the preview of its sheet, drawn in the background, then saved as PDF
        robot.clickOn("#previewButton");
        waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);
        TabPane tabs = robot.lookup(".clinic").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("preview-tab");
        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).startsWith("Zoë Łukasz-Müller · ");
        // A4 drawn for the screen's pixels: 96 DPI on the headless screen at 100 %
        assertThat(robot.lookup("#pageView").queryAs(ImageView.class).getImage().getWidth()).isEqualTo(793);
        assertThat(robot.lookup("#previewNote").query().isVisible()).as("nothing left out of this sheet").isFalse();

        Path out = dir.resolve("zoe.pdf");
        fixture.dialogs.filesToSave.add(out);
        robot.press(KeyCode.ALT).type(KeyCode.S).release(KeyCode.ALT);
        waitUntil(() -> Files.exists(out) && !robot.lookup("#savePdfButton").queryAs(Button.class).isDisabled());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Zoë Łukasz-Müller", "Harbour Street Massage Clinic",
                    "+48 58 123 45 67");
        }
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    /** The text a combo box shows in its button: the value's name, or its prompt. */
    private static String shown(FxRobot robot, String box) {
        return robot.from(robot.lookup(box).queryAs(Node.class)).lookup(".list-cell").queryAs(javafx.scene.control.ListCell.class)
                .getText();
    }

    @Test
    void afterARefusalAndARecordingTheFormSaysWhatWentWrongInRedAndItsBoxesPromptAgain(FxRobot robot) throws Exception {
        Client zoe = fixture.client("Zoë Łukasz-Müller");
        // back to the sessions, which read the clients again
        tab(robot, "clients-tab");
        tab(robot, "sessions-tab");
        waitUntil(() -> robot.lookup("#clientBox").queryAs(org.controlsfx.control.SearchableComboBox.class)
                .getItems().size() == 1);
        press(robot, "#recordButton");
        Label message = robot.lookup("#sessionMessage").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("Not recorded. Choose the client. Choose the massage type.");
        assertThat(message.getStyleClass()).contains("error");
        // the fields at fault are marked too (ui/FieldMarks: red outline, icon whose tooltip says why)
        assertThat(robot.lookup("#clientBox").query().getStyleClass()).contains("error");
        assertThat(robot.lookup("#massageBox").query().getStyleClass()).contains("error");

        // Record had the focus, so the form scrolled down to it: back up to the boxes, as a person scrolls
        robot.interact(() -> robot.lookup("#formScroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.clickOn("#clientBox").write("Müller").type(KeyCode.ENTER);
        robot.clickOn("#massageBox").write("Deep").type(KeyCode.ENTER);
        assertThat(shown(robot, "#clientBox")).isEqualTo("Zoë Łukasz-Müller");
        press(robot, "#recordButton");
        waitUntil(() -> fixture.clinic.sessionsOn(ClinicFixture.NOW.toLocalDate()).size() == 1);
        assertThat(fixture.clinic.sessionsOn(ClinicFixture.NOW.toLocalDate()).get(0).client().id()).isEqualTo(zoe.id());

        assertThat(message.getStyleClass()).doesNotContain("error");
        assertThat(robot.lookup("#clientBox").query().getStyleClass()).doesNotContain("error");
        assertThat(shown(robot, "#clientBox")).isEqualTo("Type or choose\u2026");
        assertThat(shown(robot, "#massageBox")).isEqualTo("Type or choose\u2026");
    }

    @Test
    void deletingAClientFromTheListWithTheDeleteKeyAsksFirst(FxRobot robot) throws Exception {
        fixture.client("Anna Nowak");
        tab(robot, "clients-tab");
        robot.clickOn("#searchField").write("anna");
        waitUntil(() -> robot.lookup("#clientList").queryAs(ListView.class).getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup("#clientNameField").queryAs(TextField.class).getText()).isEqualTo("Anna Nowak");

        fixture.dialogs.confirmAnswers.add(false);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.dialogs.confirmations).hasSize(1);
        assertThat(fixture.clinic.searchClients("")).hasSize(1);

        fixture.dialogs.confirmAnswers.add(true);
        robot.clickOn("#deleteButton");
        waitUntil(() -> fixture.clinic.searchClients("").isEmpty()
                && robot.lookup("#clientList").queryAs(ListView.class).getItems().isEmpty());
        assertThat(robot.lookup("#deleteButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void aDaysSheetsAreSavedTogetherFromTheSessionsTab(FxRobot robot) throws Exception {
        fixture.setUpClinic();
        Client anna = fixture.client("Anna Nowak");
        fixture.session(anna, ClinicFixture.NOW.minusHours(3), "thai", 3);
        fixture.session(fixture.client("李小龍"), ClinicFixture.NOW.minusHours(2), "swedish", 1);
        tab(robot, "profile-tab");
        tab(robot, "sessions-tab");
        waitUntil(() -> robot.lookup("#sessionList").queryAs(ListView.class).getItems().size() == 2);

        Path out = dir.resolve("day.pdf");
        fixture.dialogs.filesToSave.add(out);
        robot.clickOn("#saveDayButton");
        waitUntil(() -> Files.exists(out) && !robot.lookup("#saveDayButton").queryAs(Button.class).isDisabled());

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
        }
        assertThat(robot.lookup("#dayStatus").queryAs(Label.class).getText()).startsWith("Saved 2 pages to ");
        assertThat(robot.lookup("#dayProgressRow").query().isVisible()).isFalse();
    }

    @Test
    void aPreviewThatLeavesOutAnEmojiSaysSoAboveThePage(FxRobot robot) throws Exception {
        fixture.setUpClinic();
        fixture.session(fixture.client("Ana \uD83D\uDE00 Silva"), ClinicFixture.NOW.minusHours(2), "swedish", 1);
        tab(robot, "profile-tab");
        tab(robot, "sessions-tab");
        waitUntil(() -> robot.lookup("#sessionList").queryAs(ListView.class).getItems().size() == 1);
        robot.interact(() -> robot.lookup("#sessionList").queryAs(ListView.class).getSelectionModel().select(0));
        robot.clickOn("#previewButton");
        waitUntil(() -> robot.lookup("#pageView").queryAs(ImageView.class).getImage() != null);

        Label note = robot.lookup("#previewNote").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo(
                "Left out of this sheet, as no font the sheets carry can print them: \uD83D\uDE00 (U+1F600)");
    }

    @Test
    void enterInTheClientFormSavesTheClientAndNotTheClinicProfile(FxRobot robot) throws Exception {
        tab(robot, "clients-tab");
        robot.clickOn("#clientNameField").write("Anna Nowak").type(KeyCode.ENTER);

        waitUntil(() -> fixture.clinic.searchClients("").size() == 1);
        assertThat(fixture.clinic.profile().name()).isEmpty();
        assertThat(fixture.dialogs.errors).isEmpty();
    }

    @Test
    void aCheckBoxOfTheClientFormIsReachedWithTheKeyboard(FxRobot robot) throws Exception {
        tab(robot, "clients-tab");
        robot.clickOn("#clientNameField");
        for (int i = 0; i < 4 && !(scene.getFocusOwner() instanceof CheckBox); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(scene.getFocusOwner()).isInstanceOf(CheckBox.class);
    }
}
