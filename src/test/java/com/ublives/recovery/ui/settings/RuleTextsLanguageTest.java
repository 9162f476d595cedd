package com.ublives.recovery.ui.settings;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.ui.settings.SettingsViewModel.LanguageChoice;
import com.ublives.recovery.ui.AppWindow;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real app: German chosen in Settings puts the rule set's texts (red flags, massage names, the
 * band's course, the plan) in German at once, on the assessment screen and in the journal's form, and
 * English chosen again puts them back.
 */
@Tag("ui")
class RuleTextsLanguageTest {

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
    void germanInSettingsPutsTheRuleTextsInGermanAtOnce() throws Exception {
        window.launchToScreens(dir);
        choose(Language.ENGLISH);
        await(() -> window.navEntry("Assessment") != null);
        robot.clickOn(window.navEntry("Assessment"));
        await(() -> robot.lookup("#red-flag-fever").tryQuery().isPresent());
        assertThat(robot.lookup("#red-flag-fever").queryAs(CheckBox.class).getText()).isEqualTo("Back pain with fever");

        choose(Language.GERMAN);
        await(() -> window.navEntry("Einschätzung") != null);
        robot.clickOn(window.navEntry("Einschätzung"));
        await(() -> robot.lookup("#red-flag-fever").tryQuery().isPresent());
        assertThat(robot.lookup("#red-flag-fever").queryAs(CheckBox.class).getText()).isEqualTo("Rückenschmerzen mit Fieber");
        assertThat(robot.lookup("#factor-dehydrated").queryAs(CheckBox.class).getText()).isEqualTo("Zu wenig getrunken");

        robot.clickOn("#massageBox").write("Tiefen").type(KeyCode.ENTER);
        robot.doubleClickOn("#sorenessField").eraseText(8).write("5");
        robot.type(KeyCode.ENTER);
        await(() -> robot.lookup("#band-title").tryQuery().isPresent());
        assertThat(robot.lookup("#band-title").queryAs(Label.class).getText()).isEqualTo("Klingt meist innerhalb von 24–48 h ab");
        List<String> plan = robot.lookup("#planHolder .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(plan).anyMatch(t -> t.contains("Wasser trinken"));
        assertThat(plan).noneMatch(t -> t.contains("Drink water"));

        choose(Language.ENGLISH);
        await(() -> window.navEntry("Assessment") != null);
        robot.clickOn(window.navEntry("Assessment"));
        await(() -> robot.lookup("#red-flag-fever").tryQuery().isPresent());
        assertThat(robot.lookup("#red-flag-fever").queryAs(CheckBox.class).getText()).isEqualTo("Back pain with fever");
    }

    @Test
    void aWindowThatStartsInGermanShowsTheRuleTextsInGerman() throws Exception {
        java.nio.file.Files.writeString(dir.resolve(com.ublives.recovery.storage.SettingsFile.NAME), "language=de\n");
        window.start(dir);
        await(() -> window.navEntry("Einschätzung") != null);
        robot.clickOn(window.navEntry("Einschätzung"));
        await(() -> robot.lookup("#red-flag-fever").tryQuery().isPresent());
        assertThat(robot.lookup("#red-flag-fever").queryAs(CheckBox.class).getText()).isEqualTo("Rückenschmerzen mit Fieber");
    }

    /** The language chosen on the Settings screen, as a person picks it from the list. */
    private void choose(Language language) {
        robot.clickOn(window.navEntry("Settings", "Einstellungen"));
        await(() -> robot.lookup("#languageBox").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<LanguageChoice> box = robot.lookup("#languageBox").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(new LanguageChoice(language)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(BooleanSupplier condition) {
        com.ublives.recovery.ui.FxWait.await(60, condition);
    }
}
