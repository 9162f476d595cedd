package com.ublives.recovery.ui.settings;

import com.ublives.recovery.Services;
import com.ublives.recovery.clinic.Client;
import com.ublives.recovery.server.PostgresExtension;
import com.ublives.recovery.server.PostgresServer;
import com.ublives.recovery.settings.PlaceSettings;
import com.ublives.recovery.storage.DataLocation;
import com.ublives.recovery.storage.Database;
import com.ublives.recovery.storage.OwnerOnlyFile;
import com.ublives.recovery.storage.ServerAddress;
import com.ublives.recovery.storage.SettingsFile;
import com.ublives.recovery.ui.AppWindow;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app driven from Settings, "Where your data is", against the private PostgreSQL server the
 * harness starts (skipped, saying why, when PostgreSQL's programs are missing): test a connection, a wrong
 * password told in one sentence, remembering the password (or not) in a file only the user can read, a
 * switch to the server and back with every screen on the new data, and copying this computer's data.
 */
@Tag("ui")
@ExtendWith(PostgresExtension.class)
class ServerPlaceScreenTest {

    private static final String RIGHT_PASSWORD = "the right one";

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
    void testConnectionSaysTheServerAndTheSchemaVersion(ServerAddress database) throws Exception {
        window.launchToScreens(dir);
        openSettings();
        chooseServer(database.url(), PostgresServer.ADMIN, "");
        click("#testConnectionButton");

        String answer = answer();
        assertThat(answer).startsWith("Connected to the clinic server " + database.describe() + " as the user postgres: PostgreSQL ")
                .containsPattern("schema version [0-9_.]+\\.$");
        assertThat(robot.lookup("#retryPlace").queryButton().isVisible()).isFalse();
        assertThat(SettingsFile.read(dir).get(PlaceSettings.LOCATION)).as("a test changes nothing").isNull();
    }

    @Test
    void aWrongPasswordIsOneSentenceWithoutThePasswordAndRetryIsOffered(PostgresServer server, ServerAddress database) throws Exception {
        passwordUser(server);
        window.launchToScreens(dir);
        openSettings();
        chooseServer(database.url(), PostgresServer.PASSWORD_USER, "Wrong-Secret-42");
        click("#testConnectionButton");

        String answer = answer();
        assertThat(answer).isEqualTo("The clinic server " + database.describe() + " did not let the user "
                + PostgresServer.PASSWORD_USER + " in: check the user name and its password, and that the server"
                + " accepts this computer (pg_hba.conf on the server).");
        assertThat(answer).doesNotContain("Wrong-Secret-42").doesNotContain("SQL").doesNotContain("Exception");
        assertThat(robot.lookup("#retryPlace").queryButton().isVisible()).isTrue();

        // the same with no password at all: the server asks for it, and the window says where to type it
        robot.interact(() -> robot.lookup("#serverPasswordField").queryAs(TextInputControl.class).setText(""));
        click("#retryPlace");
        await(() -> answer().startsWith("The clinic server " + database.describe() + " asks for the password"));
        assertThat(answer()).isEqualTo("The clinic server " + database.describe() + " asks for the password of the user "
                + PostgresServer.PASSWORD_USER + ": type it in Password and try again.");

        // a switch that fails leaves the window where it was
        robot.interact(() -> robot.lookup("#serverPasswordField").queryAs(TextInputControl.class).setText("Wrong-Secret-42"));
        click("#useDataPlace");
        await(() -> answer().endsWith("The window stays on the data it had."));
        assertThat(robot.lookup("#dataLocation").queryAs(Label.class).getText()).startsWith("On this computer, in " + dir);
        assertThat(SettingsFile.read(dir).get(PlaceSettings.LOCATION)).isNull();
    }

    @Test
    void aRememberedPasswordIsInAFileOnlyTheUserCanReadAndOpensTheServerAtTheNextStart(PostgresServer server,
                                                                                      ServerAddress database) throws Exception {
        passwordUser(server);
        addClient(DataLocation.server(database), "Server Client");
        window.launchToScreens(dir);
        openSettings();
        chooseServer(database.url(), PostgresServer.PASSWORD_USER, RIGHT_PASSWORD);
        click("#rememberPasswordBox");
        click("#useDataPlace");
        await(() -> robot.lookup("#dataLocation").tryQuery().map(l -> ((Label) l).getText().startsWith("On the clinic server")).orElse(false));
        Path file = dir.resolve(PlaceSettings.PASSWORD_FILE);
        assertThat(answer()).isEqualTo("The window now works on the clinic server " + database.describe()
                + "; every screen shows its data. The password is remembered in " + file + ", which only you can read.");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(OwnerOnlyFile.OWNER_ONLY);
        assertThat(Files.readString(file)).contains(RIGHT_PASSWORD);
        SettingsFile.Contents settings = SettingsFile.read(dir);
        assertThat(settings.get(PlaceSettings.LOCATION)).isEqualTo("server");
        assertThat(settings.get(PlaceSettings.SERVER_URL)).isEqualTo(database.url());
        assertThat(settings.get(PlaceSettings.SERVER_USER)).isEqualTo(PostgresServer.PASSWORD_USER);
        assertThat(Files.readString(dir.resolve(SettingsFile.NAME))).doesNotContain(RIGHT_PASSWORD);

        // the next start opens the server with the remembered password, without asking
        window.close();
        window.launchToScreens(dir);
        assertThat(clients()).containsExactly("Server Client");
        openSettings();
        assertThat(robot.lookup("#dataLocation").queryAs(Label.class).getText()).isEqualTo("On the clinic server "
                + database.describe() + ", as the user " + PostgresServer.PASSWORD_USER + ".");

        // not remembered any more: the file is deleted (the password typed still opens the server now)
        await(() -> robot.lookup("#rememberPasswordBox").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        robot.interact(() -> robot.lookup("#serverPasswordField").queryAs(TextInputControl.class).setText(RIGHT_PASSWORD));
        click("#rememberPasswordBox");
        click("#useDataPlace");
        await(() -> answer().startsWith("The window now works on the clinic server"));
        assertThat(answer()).doesNotContain("remembered");
        assertThat(file).doesNotExist();
    }

    @Test
    void switchingToTheServerAndBackShowsEachPlacesDataOnEveryScreenWithoutARestart(ServerAddress database) throws Exception {
        addClient(DataLocation.folder(dir), "Folder Client");
        addClient(DataLocation.server(database), "Server Client");
        window.launchToScreens(dir);
        assertThat(clients()).containsExactly("Folder Client");

        openSettings();
        chooseServer(database.url(), PostgresServer.ADMIN, "");
        click("#useDataPlace");
        await(() -> answer().startsWith("The window now works on the clinic server"));
        assertThat(robot.lookup("#dataLocation").queryAs(Label.class).getText()).startsWith("On the clinic server " + database.describe());
        assertThat(robot.lookup("#dataMenu").query().isDisabled()).as("backups and encryption are the folder's").isTrue();
        assertThat(clients()).containsExactly("Server Client");

        openSettings();
        click("#placeComputer");
        click("#useDataPlace");
        await(() -> answer().startsWith("The window now works on this computer's data"));
        assertThat(robot.lookup("#dataMenu").query().isDisabled()).isFalse();
        assertThat(clients()).containsExactly("Folder Client");
        assertThat(SettingsFile.read(dir).get(PlaceSettings.LOCATION)).isEqualTo("folder");
        assertThat(SettingsFile.read(dir).get(PlaceSettings.SERVER_URL)).as("remembered for another time").isEqualTo(database.url());
    }

    @Test
    void copyingIsRefusedInOneSentenceWhenTheServerHoldsDataAndNothingIsWritten(ServerAddress database) throws Exception {
        addClient(DataLocation.folder(dir), "Folder Client");
        addClient(DataLocation.server(database), "Server Client");
        long before = rows(database, "client");
        window.launchToScreens(dir);
        openSettings();
        chooseServer(database.url(), PostgresServer.ADMIN, "");
        click("#copyToServerButton");
        robot.clickOn(dialogButton("Copy"));

        await(() -> answer().startsWith("The database on the clinic server"));
        assertThat(answer()).matches("The database on the clinic server " + java.util.regex.Pattern.quote(database.describe())
                + " already holds data \\([0-9]+ rows\\), so nothing was copied: create a new, empty database for it"
                + " \\(README, \"Clinic server\"\\)\\.");
        assertThat(rows(database, "client")).isEqualTo(before);
        assertThat(robot.lookup("#dataLocation").queryAs(Label.class).getText()).startsWith("On this computer");
    }

    @Test
    void copyingFillsAnEmptyServerAndComparesTheCountsTableByTable(PostgresServer server) throws Exception {
        ServerAddress empty = server.newEmptyDatabase();
        addClient(DataLocation.folder(dir), "Folder Client");
        window.launchToScreens(dir);
        openSettings();
        chooseServer(empty.url(), PostgresServer.ADMIN, "");
        click("#copyToServerButton");
        robot.clickOn(dialogButton("Copy"));

        await(() -> answer().startsWith("Copied "));
        assertThat(answer()).containsPattern("^Copied [0-9]+ rows to the clinic server " + java.util.regex.Pattern.quote(empty.describe())
                + ", and the row counts are equal table by table \\(rule_set 1 = 1, .*client 1 = 1.*\\); your data on this computer"
                + " is left as it was, and Use this puts the window on the server\\.$");
        assertThat(rows(empty, "client")).isEqualTo(1);
        assertThat(clients()).as("the window stays on this computer's data").containsExactly("Folder Client");
    }

    @Test
    void aServerThatCannotBeReachedAtTheStartOffersRetryAndThisComputersData() throws Exception {
        addClient(DataLocation.folder(dir), "Folder Client");
        SettingsFile.write(dir, java.util.Map.of(PlaceSettings.LOCATION, "server",
                PlaceSettings.SERVER_URL, "jdbc:postgresql://127.0.0.1:1/nowhere?connectTimeout=2"));
        window.start(dir);
        await(() -> robot.lookup("#failureAction").tryQuery().isPresent());
        assertThat(robot.lookup(".failure-detail").queryAllAs(Label.class)).extracting(Label::getText).contains("Cannot reach the clinic server"
                + " 127.0.0.1:1/nowhere: check that the server is running, that the host name and port are right, and the"
                + " network between this computer and the server.");
        assertThat(robot.lookup("#failureAction").queryButton().getText()).isEqualTo("Retry");

        robot.clickOn("#useComputerInstead");
        await(() -> robot.lookup(".nav-item").queryAllAs(ToggleButton.class).size() == 5);
        assertThat(clients()).containsExactly("Folder Client");
        assertThat(SettingsFile.read(dir).get(PlaceSettings.LOCATION)).isEqualTo("folder");
    }

    private static void passwordUser(PostgresServer server) {
        server.adminSql("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + PostgresServer.PASSWORD_USER
                + "') THEN CREATE ROLE " + PostgresServer.PASSWORD_USER + " LOGIN SUPERUSER PASSWORD '" + RIGHT_PASSWORD
                + "'; END IF; END $$");
        // another test may have made it without the right to write the tables
        server.adminSql("ALTER ROLE " + PostgresServer.PASSWORD_USER + " SUPERUSER PASSWORD '" + RIGHT_PASSWORD + "'");
    }

    private static void addClient(DataLocation where, String name) {
        try (Services services = where instanceof DataLocation.Server s
                ? Services.openServer(s.address(), () -> null) : Services.open(((DataLocation.Folder) where).path())) {
            services.clinic().addClient(Client.named(name));
        }
    }

    private static long rows(ServerAddress database, String table) throws Exception {
        try (Database open = Database.connect(database); Connection c = open.dataSource().getConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void openSettings() {
        robot.clickOn(window.navEntry("Settings"));
        await(() -> robot.lookup("#placeServer").tryQuery().isPresent());
        scrollDown();
    }

    private void click(String query) {
        scrollDown();
        robot.clickOn(query);
    }

    /** "Where your data is" is the last card of the screen: scrolled into view, as a person would. */
    private void scrollDown() {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> robot.lookup(".settings").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void chooseServer(String url, String user, String password) {
        click("#placeServer");
        robot.interact(() -> {
            robot.lookup("#serverUrlField").queryAs(TextInputControl.class).setText(url);
            robot.lookup("#serverUserField").queryAs(TextInputControl.class).setText(user);
            robot.lookup("#serverPasswordField").queryAs(TextInputControl.class).setText(password);
        });
        scrollDown();
    }

    /** The answer of the last action, once there is one. */
    private String answer() {
        await(() -> robot.lookup("#placeAnswer").tryQuery().map(l -> !((Label) l).getText().isEmpty()).orElse(false));
        return robot.lookup("#placeAnswer").queryAs(Label.class).getText();
    }

    /** The names in the clinic's client list, as the window shows them now. */
    private List<String> clients() {
        robot.clickOn(window.navEntry("Clinic"));
        await(() -> robot.lookup(".clinic").tryQuery().isPresent());
        robot.interact(() -> {
            TabPane tabs = robot.lookup(".clinic").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "clients-tab".equals(t.getId())).findFirst().orElseThrow());
        });
        await(() -> !robot.lookup("#clientList").queryAs(ListView.class).getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#clientList").queryAs(ListView.class).getItems().stream().map(c -> ((Client) c).name()).toList();
    }

    private Button dialogButton(String text) {
        await(() -> robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream().anyMatch(b -> b.getText().equals(text)));
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static void await(BooleanSupplier condition) {
        com.ublives.recovery.ui.FxWait.await(60, condition);
    }
}
