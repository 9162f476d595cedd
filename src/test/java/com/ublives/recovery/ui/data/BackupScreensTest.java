package com.ublives.recovery.ui.data;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.storage.BackupFile;
import com.ublives.recovery.storage.Backups;
import com.ublives.recovery.storage.Encryption;
import com.ublives.recovery.storage.Password;
import com.ublives.recovery.ui.AppWindow;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static com.ublives.recovery.ui.AppWindow.await;
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
    void theDataMenuBacksUpAndRestoresOnlyAfterAskingFirst() throws Exception {
        addClient("Ada Before");
        window.launch(dir);

        robot.clickOn("#dataMenu").clickOn("Back up now");
        window.dismiss("Backup made");
        assertThat(backups()).extracting(BackupFile::kind).contains(BackupFile.Kind.MANUAL);

        addClient("Bob After");
        robot.clickOn("#dataMenu").clickOn("Backups\u2026");
        await(() -> rowsShown() == backups().size());
        robot.interact(() -> backupsList().getSelectionModel().select(0));
        assertThat(backupsList().getSelectionModel().getSelectedItem().backup().kind()).isEqualTo(BackupFile.Kind.MANUAL);

        robot.clickOn("#restoreButton");
        robot.clickOn(window.button("Cancel"));
        await(() -> robot.lookup("#restoreButton").tryQuery().isPresent());
        assertThat(clients()).as("declined: nothing restored").containsExactly("Ada Before", "Bob After");

        robot.clickOn("#restoreButton");
        robot.clickOn(window.button("Restore"));
        window.dismiss("Backup restored");

        assertThat(clients()).containsExactly("Ada Before");
        assertThat(backups()).extracting(BackupFile::kind).contains(BackupFile.Kind.BEFORE_RESTORE);
        assertThat(robot.lookup(".nav-item").queryAllAs(ToggleButton.class)).as("the screens are back, on the restored data")
                .hasSize(5);
    }

    @Test
    void aDataFileThatDoesNotOpenGetsTheOfferToRestoreTheNewestBackup() throws Exception {
        addClient("Ada Before");
        assertThat(backups()).extracting(BackupFile::kind).containsExactly(BackupFile.Kind.AUTO);
        Files.write(dir.resolve("recovery.mv.db"), new byte[] {1, 2, 3});

        window.launch(dir);
        // the offer is shown once the window's first frame is out; wait until it stays (in its scene and drawn)
        await(() -> robot.lookup("#failureAction").tryQuery().map(b -> b.getScene() != null && b.isVisible()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button offer = robot.lookup("#failureAction").queryButton();
        assertThat(offer.getText()).startsWith("Restore the backup of");

        robot.clickOn(offer);
        robot.clickOn(window.button("Restore"));
        window.dismiss("Backup restored");

        assertThat(robot.lookup(".nav-item").queryAllAs(ToggleButton.class)).hasSize(5);
        assertThat(clients()).containsExactly("Ada Before");
        assertThat(Files.list(dir.resolve(Backups.FOLDER)).map(p -> p.getFileName().toString()))
                .as("the file that did not open is kept").anyMatch(name -> name.endsWith("-unreadable.mv.db"));
    }

    @Test
    void anEncryptedFolderAsksForItsPasswordBeforeOpeningAndAgainWhileItIsWrong() throws Exception {
        addClient("Ada Before");
        Password password = Password.of("correct horse battery".toCharArray());
        new Encryption(dir, new Backups(dir, Clock.systemDefaultZone())).change(null, password);

        window.launch(dir);
        assertThat(robot.lookup(".nav-item").tryQuery()).as("nothing opens before the password").isEmpty();
        window.typePassword("not the password");
        await(() -> robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("That password does not open the data folder")));
        window.typePassword("correct horse battery");
        await(() -> robot.lookup(".nav-item").tryQuery().isPresent());

        try (Services services = Services.open(dir, password, line -> { })) {
            assertThat(services.clinic().searchClients("")).extracting(Client::name).containsExactly("Ada Before");
        }
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
}
