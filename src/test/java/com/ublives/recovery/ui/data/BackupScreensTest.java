package com.ublives.recovery.ui.data;

import com.ublives.recovery.App;
import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.Backups;
import com.ublives.recovery.storage.Encryption;
import com.ublives.recovery.storage.Password;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app on a data folder in a temp folder: the Data menu backs up and restores (asking first),
 * a data file that does not open gets the offer to restore the newest backup that does, and an
 * encrypted folder asks for its password first.
 */
@Tag("ui")
class BackupScreensTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        robot.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof Stage && w != FxToolkit.toolkitContext().getRegisteredStage())
                .forEach(w -> ((Stage) w).close()));
    }

    @Test
    void theDataMenuBacksUpAndRestoresOnlyAfterAskingFirst() throws Exception {
        addClient("Ada Before");
        launch();

        robot.clickOn("#dataMenu").clickOn("Back up now");
        dismiss("Backup made");
        assertThat(backups()).extracting(BackupFile::kind).contains(BackupFile.Kind.MANUAL);

        addClient("Bob After");
        robot.clickOn("#dataMenu").clickOn("Backups\u2026");
        await(() -> rowsShown() == backups().size());
        robot.interact(() -> backupsList().getSelectionModel().select(0));
        assertThat(backupsList().getSelectionModel().getSelectedItem().backup().kind()).isEqualTo(BackupFile.Kind.MANUAL);

        robot.clickOn("#restoreButton");
        robot.clickOn(button("Cancel"));
        await(() -> robot.lookup("#restoreButton").tryQuery().isPresent());
        assertThat(clients()).as("declined: nothing restored").containsExactly("Ada Before", "Bob After");

        robot.clickOn("#restoreButton");
        robot.clickOn(button("Restore"));
        dismiss("Backup restored");

        assertThat(clients()).containsExactly("Ada Before");
        assertThat(backups()).extracting(BackupFile::kind).contains(BackupFile.Kind.BEFORE_RESTORE);
        assertThat(robot.lookup(".nav-item").queryAllAs(ToggleButton.class)).as("the screens are back, on the restored data")
                .hasSize(4);
    }

    @Test
    void aDataFileThatDoesNotOpenGetsTheOfferToRestoreTheNewestBackup() throws Exception {
        addClient("Ada Before");
        assertThat(backups()).extracting(BackupFile::kind).containsExactly(BackupFile.Kind.AUTO);
        Files.write(dir.resolve("recovery.mv.db"), new byte[] {1, 2, 3});

        launch();
        await(() -> robot.lookup("#failureAction").tryQuery().isPresent());
        assertThat(robot.lookup("#failureAction").queryButton().getText()).startsWith("Restore the backup of");

        robot.clickOn("#failureAction");
        robot.clickOn(button("Restore"));
        dismiss("Backup restored");

        assertThat(robot.lookup(".nav-item").queryAllAs(ToggleButton.class)).hasSize(4);
        assertThat(clients()).containsExactly("Ada Before");
        assertThat(Files.list(dir.resolve(Backups.FOLDER)).map(p -> p.getFileName().toString()))
                .as("the file that did not open is kept").anyMatch(name -> name.endsWith("-unreadable.mv.db"));
    }

    @Test
    void anEncryptedFolderAsksForItsPasswordBeforeOpeningAndAgainWhileItIsWrong() throws Exception {
        addClient("Ada Before");
        Password password = Password.of("correct horse battery".toCharArray());
        new Encryption(dir, new Backups(dir, Clock.systemDefaultZone())).change(null, password);

        launch();
        assertThat(robot.lookup(".nav-item").tryQuery()).as("nothing opens before the password").isEmpty();
        type("not the password");
        await(() -> robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("That password does not open the data folder")));
        type("correct horse battery");
        await(() -> robot.lookup(".nav-item").tryQuery().isPresent());

        try (Services services = Services.open(dir, password, line -> { })) {
            assertThat(services.clinic().searchClients("")).extracting(Client::name).containsExactly("Ada Before");
        }
    }

    /** Types into the password dialog and presses Open. */
    private void type(String text) {
        await(() -> robot.lookup("#passwordField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#passwordField").queryAs(PasswordField.class).setText(text));
        robot.clickOn(button("Open"));
    }

    private void launch() throws Exception {
        app = FxToolkit.setupApplication(App.class, "--data-dir", dir.toString());
        await(() -> robot.lookup(".nav-item").tryQuery().isPresent() || robot.lookup(".failure").tryQuery().isPresent()
                || robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void addClient(String name) {
        try (Services services = Services.open(dir)) {
            services.clinic().addClient(Client.named(name));
        }
    }

    private List<String> clients() {
        try (Services services = Services.open(dir)) {
            return services.clinic().searchClients("").stream().map(Client::name).sorted().toList();
        }
    }

    private List<BackupFile> backups() {
        return new Backups(dir, Clock.systemDefaultZone()).list();
    }

    @SuppressWarnings("unchecked")
    private ListView<BackupsViewModel.Row> backupsList() {
        return robot.lookup("#backupsList").queryAs(ListView.class);
    }

    private int rowsShown() {
        return robot.lookup("#backupsList").tryQuery().map(n -> ((ListView<?>) n).getItems().size()).orElse(-1);
    }

    private Button button(String text) {
        await(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().anyMatch(b -> b.getText().equals(text)));
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Waits for the information alert with that title and closes it. */
    private void dismiss(String title) {
        await(() -> robot.lookup(".dialog-pane .header-panel .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> title.equals(l.getText())));
        robot.clickOn(button("OK"));
    }

    private static void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited 30 s in vain", e);
        }
    }
}
