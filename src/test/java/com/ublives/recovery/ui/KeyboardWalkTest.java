package com.ublives.recovery.ui;

import com.ublives.recovery.journal.screen.CheckInRow;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main tasks with the keyboard alone (key presses only: no clicks, no focus or values set from the
 * test), in English and in German: an assessment and its plan, kept as a recovery; a check-in logged in the
 * journal and shown in its table with its warnings; a clinic client added, a session recorded and its
 * aftercare sheet previewed and saved as PDF; the theme and the text size changed in Settings. Mnemonics are
 * read from the screen (the underlined letter), as a person reads them, so one walk serves both languages.
 */
@Tag("ui")
class KeyboardWalkTest {

    @RegisterExtension
    final RealAppExtension real = new RealAppExtension();
    private RealApp app;

    @Test
    void theMainTasksWithTheKeyboardAlone() throws Exception {
        app = real.start(1280, 800);
        walk(Words.ENGLISH);
    }

    @Test
    void theMainTasksWithTheKeyboardAloneInGerman() throws Exception {
        app = real.start(1280, 800, "language=de");
        walk(Words.GERMAN);
    }

    /** What a person reads on the way, in the window's language. */
    private record Words(String journalEntry, String journalTitle, String keep, String saveCheckIn, String sharp,
                         String clinicEntry, String recordSession, String savePdf, String settingsTitle, String dark,
                         String massageSearch) {
        static final Words ENGLISH = new Words("Journal", "Your recovery journal", "_Track this in my journal",
                "_Save check-in", "sharp", "Clinic", "_Record session", "_Save as PDF\u2026", "Settings", "Dark", "deep");
        static final Words GERMAN = new Words("Tagebuch", "Ihr Erholungstagebuch", "Im _Tagebuch verfolgen",
                "Rückmeldung _speichern", "stechend", "Praxis", "Behandlung _erfassen", "Als PDF _speichern …",
                "Einstellungen", "Dunkel", "tief");
    }

    private void walk(Words words) throws Exception {
        assessmentAndPlan(words);
        keepAsRecovery(words);
        checkIn(words);
        clinicSheet(words);
        settings(words);
    }

    /** The assessment: Tab walks from the sidebar through the form in reading order; Enter asks for the plan. */
    private void assessmentAndPlan(Words words) {
        app.keys(KeyCode.CONTROL, KeyCode.DIGIT1);
        List<String> order = tabWalkTo("showPlanButton", 60);
        assertThat(order).as("Tab reaches the sidebar").contains("nav:Journal");
        assertThat(order).containsSubsequence("massageBox", "datePicker", "timeField", "sorenessField",
                "showPlanButton");

        app.pressMnemonic("#massageLabel");
        assertThat(app.focusedId()).isEqualTo("massageBox");
        app.typeKeys(words.massageSearch());
        app.keys(KeyCode.ENTER);
        assertThat(app.onFx(() -> app.node("#massageBox", ComboBox.class).getValue())).as("Enter chose the massage")
                .isNotNull();
        assertThat(app.tabUntil("sorenessField", 20)).as("Tab goes on to the soreness").isTrue();
        app.typeKeys("5");
        app.keys(KeyCode.ENTER);
        app.awaitFx(() -> app.robot().lookup("#band-title").tryQuery().isPresent());

        // read the plan: Tab goes on into it, to "Why?", which Space opens; the focus stays in view
        assertThat(app.tabUntil("why", 80)).as("Tab reaches Why?").isTrue();
        assertThat(inView(app.focused())).as("the focused Why? is scrolled into view").isTrue();
        app.keys(KeyCode.SPACE);
        app.awaitFx(() -> app.node("#why", TitledPane.class).isExpanded());
    }

    /** "Track this in my journal" by its Alt letter: the journal opens on the new recovery. */
    private void keepAsRecovery(Words words) {
        assertThat(text("#keepButton")).isEqualTo(words.keep());
        app.pressMnemonic("#keepButton");
        app.awaitFx(() -> app.entry("Journal").isSelected()
                && app.robot().lookup("#detailTitle").tryQuery().map(Node::isVisible).orElse(false)
                && !app.node("#checkInTable", TableView.class).getItems().isEmpty());
        assertThat(app.onFx(() -> app.entry("Journal").getText())).isEqualTo(words.journalEntry());
        assertThat(app.onFx(() -> app.robot().lookup(".journal .title").queryAs(Label.class).getText()))
                .isEqualTo(words.journalTitle());
        assertThat(app.onFx(() -> app.node("#checkInTable", TableView.class).getItems().size()))
                .as("the new recovery, with only its starting soreness").isEqualTo(1);
    }

    /** Check in: open the form, type the soreness, choose sharp, save; the table shows it with its warnings. */
    @SuppressWarnings("unchecked")
    private void checkIn(Words words) {
        app.pressMnemonic("#checkInButton");
        app.await(() -> app.shown("#saveButton"));
        assertThat(text("#saveButton")).isEqualTo(words.saveCheckIn());
        app.pressMnemonic("#sorenessLabel");
        app.keys(KeyCode.CONTROL, KeyCode.A);
        app.typeKeys("7");
        app.pressMnemonic("#sharpButton");
        assertThat(app.onFx(() -> app.node("#sharpButton", javafx.scene.control.RadioButton.class).isSelected())).isTrue();
        app.pressMnemonic("#saveButton");
        app.await(() -> app.shown("#checkInTable"));
        app.awaitFx(() -> app.node("#checkInTable", TableView.class).getItems().size() == 2);
        CheckInRow saved = app.onFx(() -> ((TableView<CheckInRow>) app.node("#checkInTable", TableView.class)).getItems()
                .stream().filter(r -> !r.isStart()).findFirst().orElseThrow());
        assertThat(saved.soreness()).isEqualTo(7);
        assertThat(saved.quality()).isEqualTo(words.sharp());
        assertThat(saved.warnings()).as("a sharp pain at 7/10 is warned of").isNotEmpty();
        // the warning is on screen, in the table's row, not only in its data
        String warning = saved.warnings().get(0).named();
        app.awaitFx(() -> app.robot().lookup(".check-in-table .table-row-cell").queryAll().stream()
                .flatMap(row -> texts(row).stream()).anyMatch(t -> t.contains(warning)));
    }

    /**
     * The clinic: a new client on the Clients tab, a session for them on the Sessions tab, its sheet previewed
     * and saved as PDF (the file chooser answered with a name, as a person types one).
     */
    private void clinicSheet(Words words) throws Exception {
        app.keys(KeyCode.CONTROL, KeyCode.DIGIT3);
        app.awaitFx(() -> app.entry("Clinic").isSelected() && app.robot().lookup("#recordButton").tryQuery().isPresent());
        assertThat(app.onFx(() -> app.entry("Clinic").getText())).isEqualTo(words.clinicEntry());

        // Clients: Ctrl+Tab moves to the tab once the focus is on the clinic screen (here by the client's Alt letter)
        app.pressMnemonic("#clientLabel");
        assertThat(app.focusedId()).isEqualTo("clientBox");
        app.keys(KeyCode.CONTROL, KeyCode.TAB);
        app.await(() -> app.shown("#newButton"));
        app.pressMnemonic("#newButton");
        app.pressMnemonic("#clientNameLabel");
        assertThat(app.focusedId()).isEqualTo("clientNameField");
        app.typeKeys("walk kay");
        app.pressMnemonic("#saveClientButton");
        app.awaitFx(() -> ((ListView<?>) app.node("#clientList", ListView.class)).getItems().stream()
                .anyMatch(c -> c.toString().contains("walk kay")));

        // Sessions: the client by name, the massage, the soreness at the end; Record
        app.keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        app.await(() -> app.shown("#recordButton"));
        assertThat(text("#recordButton")).isEqualTo(words.recordSession());
        app.pressMnemonic("#clientLabel");
        assertThat(app.focusedId()).isEqualTo("clientBox");
        app.typeKeys("walk");
        app.keys(KeyCode.ENTER);
        app.awaitFx(() -> app.node("#clientBox", ComboBox.class).getValue() != null);
        app.pressMnemonic("#massageLabel");
        app.typeKeys(words.massageSearch());
        app.keys(KeyCode.ENTER);
        app.awaitFx(() -> app.node("#massageBox", ComboBox.class).getValue() != null);
        app.pressMnemonic("#sorenessLabel");
        app.typeKeys("3");
        int before = app.onFx(() -> app.node("#sessionList", ListView.class).getItems().size());
        app.pressMnemonic("#recordButton");
        app.awaitFx(() -> app.node("#sessionList", ListView.class).getItems().size() == before + 1);

        // the sheet: Preview, then Save as PDF
        app.pressMnemonic("#previewButton");
        app.await(() -> app.shown("#pageView"));
        app.awaitFx(() -> app.node("#pageView", ImageView.class).getImage() != null);
        assertThat(text("#savePdfButton")).isEqualTo(words.savePdf());
        Path pdf = real.dir().resolve("sheet.pdf");
        app.saveNextFileAs(pdf);
        app.pressMnemonic("#savePdfButton");
        app.await(() -> Files.exists(pdf) && pdfText(pdf).toLowerCase(java.util.Locale.ROOT).contains("walk kay"));
    }

    /** Settings: Tab to the themes, an arrow key to Dark; Alt to the text size, arrow keys up by 20 %. */
    private void settings(Words words) {
        app.keys(KeyCode.CONTROL, KeyCode.DIGIT5);
        app.awaitFx(() -> app.entry("Settings").isSelected() && app.robot().lookup("#theme-dark").tryQuery().isPresent());
        assertThat(app.onFx(() -> app.robot().lookup(".screen-title").queryAs(Label.class).getText()))
                .isEqualTo(words.settingsTitle());
        assertThat(app.tabUntil("theme-light", 40)).as("Tab reaches the themes").isTrue();
        app.keys(KeyCode.RIGHT);
        app.keys(KeyCode.SPACE);
        app.awaitFx(() -> app.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("theme-dark.css")));
        assertThat(text("#theme-dark")).isEqualTo(words.dark());

        app.pressMnemonic("#textSizeLabel");
        assertThat(app.focusedId()).isEqualTo("textSizeSlider");
        app.keys(KeyCode.RIGHT);
        app.keys(KeyCode.RIGHT);
        app.awaitFx(() -> app.node("#textSizeValue", Label.class).getText().startsWith("120"));
        app.awaitFx(() -> app.scene().getStylesheets().stream().anyMatch(s -> s.startsWith("data:text/css")));
    }

    /** The controls Tab passes on its way to the one with this id (and that one). */
    private List<String> tabWalkTo(String id, int presses) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < presses && !order.contains(id); i++) {
            app.keys(KeyCode.TAB);
            order.add(app.focusedId());
        }
        return order;
    }

    private String text(String query) {
        return app.onFx(() -> ((Labeled) app.robot().lookup(query).query()).getText());
    }

    /** Every text shown in a node and below it. */
    private static List<String> texts(Node node) {
        List<String> found = new ArrayList<>();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            found.add(labeled.getText());
        }
        if (node instanceof javafx.scene.text.Text text && text.getText() != null) {
            found.add(text.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> found.addAll(texts(child)));
        }
        return found;
    }

    /** The node lies wholly inside the window and inside every scrolled view around it. */
    private boolean inView(Node node) {
        return app.onFx(() -> {
            javafx.geometry.Bounds at = node.localToScene(node.getLayoutBounds());
            for (Node up = node.getParent(); up != null; up = up.getParent()) {
                if (up instanceof javafx.scene.control.ScrollPane scroll) {
                    javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
                    if (at.getMinY() < view.getMinY() - 1 || at.getMaxY() > view.getMaxY() + 1) {
                        return false;
                    }
                }
            }
            return at.getMaxY() <= app.scene().getHeight() + 1;
        });
    }

    /**
     * A field's Alt letter still works after its screen was left and shown again and after a field was
     * marked: JavaFX had forgotten the letters of every label then (Alt+M, Alt+W, Alt+S did nothing).
     */
    @Test
    void aFieldsAltLetterStillWorksAfterTheScreenCameBack() throws Exception {
        app = real.start(1280, 800);
        app.keys(KeyCode.CONTROL, KeyCode.DIGIT2);
        app.keys(KeyCode.CONTROL, KeyCode.DIGIT1);
        app.await(() -> app.robot().lookup("#massageBox").tryQuery().map(Node::getScene).isPresent());

        app.keys(KeyCode.ALT, KeyCode.M);
        assertThat(app.focusedId()).as("Alt+M after the screen came back").isEqualTo("massageBox");
        app.typeKeys("deep");
        app.keys(KeyCode.ENTER);
        app.keys(KeyCode.ALT, KeyCode.S);
        assertThat(app.focusedId()).as("Alt+S after a massage was chosen").isEqualTo("sorenessField");
        app.keys(KeyCode.ALT, KeyCode.W);
        assertThat(app.focusedId()).as("Alt+W").isEqualTo("datePicker");
    }

    /**
     * A check-in with the keyboard alone, in German, after the assessment was shown: Alt+S saved nothing,
     * because the assessment's "_Stechend oder scharf" (S) had left an empty entry that hid "Rückmeldung
     * _speichern" (s).
     */
    @Test
    void aCheckInIsSavedWithItsAltLetterInGerman() throws Exception {
        app = real.start(1280, 800, "language=de");
        app.keys(KeyCode.CONTROL, KeyCode.DIGIT1);
        app.keys(KeyCode.CONTROL, KeyCode.DIGIT2);
        app.await(() -> recoveries() > 0);
        ListView<?> list = app.node("#recoveryList", ListView.class);
        app.robot().interact(() -> list.getSelectionModel().select(0));
        app.await(() -> app.node("#checkInButton", javafx.scene.control.Button.class).isVisible());
        int before = app.node("#checkInTable", TableView.class).getItems().size();
        Node detail = rightPane();

        app.keys(KeyCode.ALT, KeyCode.R);
        app.await(() -> rightPane() != detail);
        app.keys(KeyCode.ALT, KeyCode.N);
        assertThat(app.focusedId()).isEqualTo("noteArea");
        app.typeKeys("gut");
        app.keys(KeyCode.ALT, KeyCode.S);

        app.await(() -> rightPane() == detail);
        app.await(() -> app.node("#checkInTable", TableView.class).getItems().size() == before + 1);
    }

    /**
     * A clinic session recorded with its Alt letter in German, after the client form was shown: "Behandlung
     * _erfassen" (e) did nothing while the hidden client form's "_E-Mail" (E) came first.
     */
    @Test
    void aSessionIsRecordedWithItsAltLetterInGerman() throws Exception {
        app = real.start(1280, 800, "language=de");
        app.keys(KeyCode.CONTROL, KeyCode.DIGIT3);
        app.await(() -> app.robot().lookup("#sessionMessage").tryQuery().isPresent());
        Label message = app.node("#sessionMessage", Label.class);
        app.keys(KeyCode.ALT, KeyCode.K);
        assertThat(app.focusedId()).isEqualTo("clientBox");
        app.keys(KeyCode.SHIFT, KeyCode.TAB);
        app.keys(KeyCode.CONTROL, KeyCode.TAB);
        app.await(() -> app.node("#clientNameField", javafx.scene.control.TextField.class).getScene() != null
                && app.node("#clientNameField", javafx.scene.control.TextField.class).isVisible());
        app.keys(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.TAB);
        app.robot().interact(() -> {
            pick(app.node("#clientBox", javafx.scene.control.ComboBox.class));
            pick(app.node("#massageBox", javafx.scene.control.ComboBox.class));
        });

        assertThat(message.getText()).isBlank();

        app.keys(KeyCode.ALT, KeyCode.E);

        app.await(() -> !message.getText().isBlank());
        assertThat(message.getStyleClass()).doesNotContain("error");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void pick(javafx.scene.control.ComboBox box) {
        box.setValue(box.getItems().get(0));
    }

    private int recoveries() {
        return app.robot().lookup("#recoveryList").tryQuery().map(n -> ((ListView<?>) n).getItems().size()).orElse(0);
    }

    private Node rightPane() {
        return app.node("#rightPane", StackPane.class).getChildren().get(0);
    }

    private static String pdfText(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException notYetWhole) {
            return "";
        }
    }
}
