package com.ublives.recovery.settings;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.storage.SettingsFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsServiceTest {

    @TempDir
    Path dir;

    @Test
    void withoutAFileTheDefaultsApplyAndTheLanguageIsTheSystems() {
        SettingsService service = new SettingsService(dir);

        assertThat(service.current()).isEqualTo(Settings.DEFAULTS);
        assertThat(service.problems()).isEmpty();
        assertThat(service.current().languageFor(Locale.GERMANY)).isEqualTo(Language.GERMAN);
        assertThat(service.current().languageFor(Locale.FRANCE)).as("a language the app does not speak").isEqualTo(Language.ENGLISH);
    }

    @Test
    void savedSettingsAreReadBackAndTheBackupSettingStays() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "backups.keep=30\n");
        Settings chosen = new Settings(Language.GERMAN, Theme.HIGH_CONTRAST, 150, List.of(6, 24, 72), false);

        new SettingsService(dir).save(chosen);

        assertThat(new SettingsService(dir).current()).isEqualTo(chosen);
        assertThat(Files.readString(dir.resolve(SettingsFile.NAME))).startsWith("backups.keep=30\n")
                .contains("language=de\n", "theme=contrast\n", "text.size=150\n", "reminders.check-in-hours=6, 24, 72\n",
                        "screens.clinic=hidden\n");
    }

    @Test
    void aValueThatIsNotAllowedIsNamedAndTheDefaultUsed() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), """
                language=fr
                theme=purple
                text.size=250
                reminders.check-in-hours=24, 12
                screens.clinic=maybe
                """);

        SettingsService service = new SettingsService(dir);

        assertThat(service.current()).isEqualTo(Settings.DEFAULTS);
        assertThat(service.problems()).extracting(SettingsService.Problem::key).containsExactly(
                "language", "theme", "text.size", "reminders.check-in-hours", "screens.clinic");
    }

    @Test
    void checkInHoursAreWholeAscendingHoursWithinAWeek() {
        assertThat(SettingsService.checkInHours(" 12, 24,48 ;72 ")).contains(List.of(12, 24, 48, 72));
        assertThat(SettingsService.checkInHours("6")).contains(List.of(6));
        for (String bad : List.of("", "0", "12, 12", "24, 12", "169", "1.5", "12,,24", "a", "1,2,3,4,5,6,7,8,9", "\u0661\u0662")) {
            assertThat(SettingsService.checkInHours(bad)).as(bad).isEmpty();
        }
        assertThat(SettingsService.textSize("200")).contains(200);
        assertThat(SettingsService.textSize("99")).isEmpty();
        assertThat(SettingsService.textSize("1e2")).isEmpty();
    }
}
