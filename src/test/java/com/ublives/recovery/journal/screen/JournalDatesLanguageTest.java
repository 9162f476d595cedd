package com.ublives.recovery.journal.screen;

import com.ublives.recovery.Services;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.journal.NewRecovery;
import com.ublives.recovery.rules.PainQuality;
import com.ublives.recovery.ui.RealApp;
import com.ublives.recovery.ui.RealAppExtension;
import com.ublives.recovery.ui.settings.SettingsViewModel.LanguageChoice;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A German window writes the journal's moments and hours the German way ("Di., 1. Dez., 22:00", "12,5"),
 * and reads a date typed the German way (1.12.2026); switching to English in Settings writes them the
 * English way at once ("Tue 1 Dec, 22:00", "12.5"). Before, a German window wrote them in English.
 */
@Tag("ui")
class JournalDatesLanguageTest {

    @RegisterExtension
    final RealAppExtension real = new RealAppExtension();
    private RealApp app;

    @Test
    void aCheckInInAGermanWindowReadsGermanAndSwitchesToEnglish() throws Exception {
        ZoneId zone = ZoneId.systemDefault();
        Instant massage = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(20));
        LocalDateTime checkIn = LocalDateTime.ofInstant(massage.plus(Duration.ofMinutes(12 * 60 + 30)), zone);
        Files.writeString(real.dir().resolve("journal-seeded"), ""); // only this recovery in the journal
        try (Services services = Services.open(real.dir())) {
            services.journal().addRecovery(NewRecovery.of("deep-tissue", massage).withEndSoreness(6, PainQuality.ACHY));
        }
        app = real.start(1280, 900, "language=de");
        app.show("Journal");
        selectTheRecovery();

        app.robot().interact(() -> app.node("#checkInButton", javafx.scene.control.Button.class).fire());
        app.await(() -> app.shown("#sorenessField"));
        DatePicker date = app.node("#datePicker", DatePicker.class);
        // typed as a German writes a date, without leading zeros; the field reads it when it loses the focus
        app.robot().interact(() -> {
            date.requestFocus();
            date.getEditor().setText(checkIn.getDayOfMonth() + "." + checkIn.getMonthValue() + "." + checkIn.getYear());
            app.node("#timeField", TextField.class).requestFocus();
            app.node("#timeField", TextField.class).setText(checkIn.getHour() + ":" + String.format(Locale.ROOT, "%02d", checkIn.getMinute()));
        });
        assertThat(app.onFx(date::getValue)).isEqualTo(checkIn.toLocalDate());
        app.robot().interact(() -> app.node("#sorenessField", TextField.class).setText("4"));
        app.robot().interact(() -> app.node("#sorenessField", TextField.class).requestFocus());
        app.robot().type(KeyCode.ENTER);
        app.await(() -> app.shown("#checkInTable"));
        TableView<?> table = app.node("#checkInTable", TableView.class);
        app.await(() -> app.onFx(() -> table.getItems().size()) == 2);

        CheckInRow german = app.onFx(() -> (CheckInRow) table.getItems().get(1));
        CheckInRow start = app.onFx(() -> (CheckInRow) table.getItems().get(0));
        assertThat(start.when()).isEqualTo(DateTimeFormatter.ofPattern("EEE, d. MMM, HH:mm", Locale.GERMAN)
                .format(massage.atZone(zone)));
        assertThat(german.when()).isEqualTo(DateTimeFormatter.ofPattern("EEE, d. MMM, HH:mm", Locale.GERMAN).format(checkIn))
                .matches("\\p{L}{2}\\., \\d{1,2}\\. \\p{L}{3,4}\\.?, \\d{2}:\\d{2}");
        assertThat(german.hours()).isEqualTo("12,5");
        assertThat(app.onFx(() -> app.node("#detailSince", Label.class).getText())).contains("12,5 h")
                .contains(german.when());

        app.show("Settings");
        @SuppressWarnings("unchecked")
        ComboBox<LanguageChoice> box = app.node("#languageBox", ComboBox.class);
        app.robot().interact(() -> box.getSelectionModel().select(new LanguageChoice(Language.ENGLISH)));
        app.await(() -> "Journal".equals(app.onFx(() -> app.entry("Journal").getText())));
        app.show("Journal");
        selectTheRecovery();
        TableView<?> english = app.node("#checkInTable", TableView.class);
        app.await(() -> app.onFx(() -> english.getItems().size()) == 2);

        CheckInRow row = app.onFx(() -> (CheckInRow) english.getItems().get(1));
        assertThat(row.when()).isEqualTo(DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH).format(checkIn));
        assertThat(row.hours()).isEqualTo("12.5");
    }

    private void selectTheRecovery() {
        ListView<?> list = app.node("#recoveryList", ListView.class);
        app.await(() -> app.onFx(() -> list.getItems().size()) == 1);
        app.robot().interact(() -> list.getSelectionModel().select(0));
        TableView<?> table = app.node("#checkInTable", TableView.class);
        app.await(() -> app.onFx(() -> !table.getItems().isEmpty())); // the end of the massage's row at least
    }
}
