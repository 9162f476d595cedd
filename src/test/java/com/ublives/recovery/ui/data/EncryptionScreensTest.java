package com.ublives.recovery.ui.data;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.storage.Backups;
import com.ublives.recovery.storage.Encryption;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.storage.WrongPasswordException;
import com.ublives.recovery.ui.AccessibleNames;
import com.ublives.recovery.ui.AppWindow;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static com.ublives.recovery.ui.AppWindow.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Data menu turns the data folder's encryption on, changes its password and turns it off, on the
 * real app: the file is then unreadable (or readable again), the window goes on showing the data,
 * and a wrong, missing or mistyped password is refused with a message, changing nothing.
 */
@Tag("ui")
class EncryptionScreensTest {

    private static final String CLIENT = "Zebulon Quartermaine";
    private static final String FIRST = "correct horse battery";
    private static final String SECOND = "staple paper clip";

    /** Text every H2 file of this app holds in the clear: a client's name, table names, the SQL that made them. */
    private static final List<String> READABLE = List.of(CLIENT, "clinic_profile", "create cached table");

    @TempDir
    Path dir;

    private final AppWindow window = new AppWindow();
    private final FxRobot robot = window.robot;

    @BeforeAll
    static void toolkit() throws Exception {
        AppWindow.registerToolkit();
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    @Test
    void encryptingFromTheWindowLeavesNoReadableTextAndTheWindowGoesOnWithTheData() throws Exception {
        addClient(CLIENT);
        try (Services services = Services.open(dir)) {
            services.clinic().addClient(Client.named("Second Client"));
        }
        String before = new String(Files.readAllBytes(dataFile()), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        assertThat(READABLE).as("readable before").allMatch(word -> before.contains(word.toLowerCase(Locale.ROOT)));
        window.launch(dir);
        assertThat(dataMenu()).containsExactly("Back up now", "Backups\u2026", "", "Encrypt data folder\u2026");

        openFromDataMenu("Encrypt data folder\u2026");
        window.fill("#newPasswordField", FIRST);
        window.fill("#newPasswordAgainField", "correct horse batteyr");
        robot.clickOn("#encryptionAction");
        assertThat(problem()).isEqualTo("The two new passwords differ; type the same one twice. Nothing was changed.");
        window.fill("#newPasswordAgainField", FIRST);
        robot.clickOn("#encryptionAction");
        assertThat(confirmation()).contains("What it protects").contains("What it does not protect")
                .contains("nobody can read the data");
        robot.clickOn(window.button("Encrypt"));
        window.dismiss("Data folder encrypted");

        assertThat(readable(dataFile())).as("the data file").isFalse();
        assertThat(backupFiles()).isNotEmpty().noneMatch(EncryptionScreensTest::readable);
        assertThat(clientsShown()).containsExactlyInAnyOrder(CLIENT, "Second Client");
        assertThat(dataMenu()).containsExactly("Back up now", "Backups\u2026", "", "Change password\u2026",
                "Turn encryption off\u2026");
        window.close();
        assertThat(clients(Password.of(FIRST.toCharArray()))).containsExactlyInAnyOrder(CLIENT, "Second Client");
    }

    @Test
    void thePasswordAskedAtStartIsNamedForAScreenReaderAndEnterOpensTheData() throws Exception {
        addClient(CLIENT);
        encrypt(FIRST);
        window.launch(dir);
        await(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        PasswordField field = robot.lookup("#passwordField").queryAs(PasswordField.class);
        await(() -> field.isFocused());
        AtomicReference<List<String>> missing = new AtomicReference<>();
        robot.interact(() -> missing.set(AccessibleNames.missing(field.getScene().getRoot())));
        assertThat(missing.get()).as("every control of the password dialog has a name a screen reader reads").isEmpty();
        assertThat(field.getAccessibleText()).isEqualTo("Your data is encrypted");
        assertThat(field.getAccessibleHelp()).as("the dialog's message is read as the field's help").isNotBlank();

        window.fill("#passwordField", FIRST);
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup(".nav-item").tryQuery().isPresent());
    }

    @Test
    void aNewPasswordReplacesTheOldOneAndAWrongCurrentOneChangesNothing() throws Exception {
        addClient(CLIENT);
        encrypt(FIRST);
        window.launch(dir);
        window.typePassword(FIRST);
        await(() -> robot.lookup(".nav-item").tryQuery().isPresent());
        byte[] before = Files.readAllBytes(dataFile());

        openFromDataMenu("Change password\u2026");
        window.fill("#newPasswordField", SECOND);
        window.fill("#newPasswordAgainField", SECOND);
        robot.clickOn("#encryptionAction");
        assertThat(problem()).isEqualTo("Type the current password of the data folder; nothing was changed.");
        window.fill("#currentPasswordField", "not the password");
        robot.clickOn("#encryptionAction");
        assertThat(problem()).isEqualTo("That is not the current password of the data folder; nothing was changed.");
        window.fill("#currentPasswordField", FIRST);
        window.fill("#newPasswordField", "short");
        window.fill("#newPasswordAgainField", "short");
        robot.clickOn("#encryptionAction");
        assertThat(problem()).isEqualTo("The password must have at least 8 characters; nothing was changed.");
        window.fill("#newPasswordField", "");
        window.fill("#newPasswordAgainField", "");
        robot.clickOn("#encryptionAction");
        assertThat(problem()).isEqualTo("No new password was typed; nothing was changed.");
        assertThat(Files.readAllBytes(dataFile())).as("refused: the file as it was").isEqualTo(before);

        window.fill("#currentPasswordField", FIRST);
        window.fill("#newPasswordField", SECOND);
        window.fill("#newPasswordAgainField", SECOND);
        robot.clickOn("#encryptionAction");
        assertThat(confirmation()).contains("the old one will no longer open them");
        robot.clickOn(window.button("Change password"));
        window.dismiss("Password changed");

        assertThat(clientsShown()).containsExactly(CLIENT);
        assertThat(readable(dataFile())).isFalse();
        window.close();
        assertThat(clients(Password.of(SECOND.toCharArray()))).containsExactly(CLIENT);
        assertThatThrownBy(() -> clients(Password.of(FIRST.toCharArray()))).isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void turningEncryptionOffAsksForTheCurrentPasswordAndLeavesTheDataReadable() throws Exception {
        addClient(CLIENT);
        encrypt(FIRST);
        window.launch(dir);
        window.typePassword(FIRST);
        await(() -> robot.lookup(".nav-item").tryQuery().isPresent());
        byte[] before = Files.readAllBytes(dataFile());

        openFromDataMenu("Turn encryption off\u2026");
        assertThat(robot.lookup("#newPasswordField").tryQuery()).as("no new password to turn it off").isEmpty();
        window.fill("#currentPasswordField", SECOND);
        robot.clickOn("#encryptionAction");
        assertThat(problem()).isEqualTo("That is not the current password of the data folder; nothing was changed.");
        assertThat(Files.readAllBytes(dataFile())).isEqualTo(before);

        window.fill("#currentPasswordField", FIRST);
        robot.clickOn("#encryptionAction");
        assertThat(confirmation()).contains("can then read your journal and the clinic's clients");
        robot.clickOn(window.button("Cancel"));
        assertThat(Files.readAllBytes(dataFile())).as("declined: nothing changed").isEqualTo(before);

        window.fill("#currentPasswordField", FIRST);
        robot.clickOn("#encryptionAction");
        robot.clickOn(window.button("Turn off"));
        window.dismiss("Encryption turned off");

        assertThat(readable(dataFile())).isTrue();
        assertThat(clientsShown()).containsExactly(CLIENT);
        assertThat(dataMenu()).endsWith("Encrypt data folder\u2026");
        window.close();
        assertThat(clients(null)).containsExactly(CLIENT);
    }

    private void openFromDataMenu(String item) {
        robot.clickOn("#dataMenu").clickOn(item);
        await(() -> robot.lookup("#encryptionAction").tryQuery().isPresent());
    }

    /** The texts of the Data menu's entries ("" for a separator). */
    private List<String> dataMenu() {
        await(() -> !robot.lookup("#dataMenu").queryAs(MenuButton.class).isDisabled());
        return robot.lookup("#dataMenu").queryAs(MenuButton.class).getItems().stream()
                .map(MenuItem::getText).map(t -> t == null ? "" : t).toList();
    }

    private String problem() {
        await(() -> robot.lookup("#encryptionProblem").tryQuery().map(Label.class::cast)
                .filter(l -> l.isVisible() && !l.getText().isEmpty()).isPresent());
        return robot.lookup("#encryptionProblem").queryAs(Label.class).getText();
    }

    /** The confirmation's text, once it is shown. */
    private String confirmation() {
        window.button("Cancel");
        return String.join("\n", robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .map(Label::getText).filter(t -> t != null).toList());
    }

    /** The clients the Clinic screen lists, on the services the window holds now. */
    private List<String> clientsShown() {
        await(() -> robot.lookup(".nav-item").queryAllAs(ToggleButton.class).size() == 5);
        robot.clickOn(robot.lookup(".nav-item").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().equals("Clinic")).findFirst().orElseThrow());
        await(() -> robot.lookup("#clientList").tryQuery().map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        return robot.lookup("#clientList").queryAs(ListView.class).getItems().stream()
                .map(c -> ((Client) c).name()).toList();
    }

    private void addClient(String name) {
        try (Services services = Services.open(dir)) {
            services.clinic().addClient(Client.named(name));
        }
    }

    private void encrypt(String password) {
        new Encryption(dir, new Backups(dir, Clock.systemDefaultZone())).change(null, Password.of(password.toCharArray()));
    }

    private List<String> clients(Password password) {
        try (Services services = Services.open(dir, password, line -> { })) {
            return services.clinic().searchClients("").stream().map(Client::name).toList();
        }
    }

    private Path dataFile() {
        return dir.resolve("recovery.mv.db");
    }

    private List<Path> backupFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve(Backups.FOLDER))) {
            return files.toList();
        }
    }

    /**
     * Whether the file, or the database in a backup zip, shows readable text: the client's name, or the
     * table names and SQL every H2 file holds in the clear.
     */
    private static boolean readable(Path file) {
        try {
            byte[] bytes = file.toString().endsWith(".zip") ? unzipped(file) : Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            return READABLE.stream().anyMatch(word -> text.contains(word.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] unzipped(Path zip) throws IOException {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            while (in.getNextEntry() != null) {
                in.transferTo(all);
            }
            return all.toByteArray();
        }
    }
}
