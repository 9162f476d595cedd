package com.ublives.recovery.ui;

import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.ui.settings.SettingsViewModel.LanguageChoice;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date fields follow the window's language, not the computer's: a German window on an English computer
 * shows 01.12.2026, reads 1.12.26, and its calendar names the months in German; text that is no date stays
 * in the field, keeps the date, and the form says how to write one. Switching to English writes 1 Dec 2026
 * at once. A Turkish computer (neither language's) reads both languages' dates as well. Before, every
 * field wrote the JVM's way and a date that could not be read emptied the field with "Pick the date".
 */
@Tag("ui")
class DateFieldsLanguageTest {

    private static final DateTimeFormatter GERMAN_FIELD = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMAN);
    private static final DateTimeFormatter ENGLISH_FIELD = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Locale computer = Locale.getDefault();
    /**
     * Puts the computer's locale back after the app has closed (extensions registered first close last): the
     * app, closing, makes the locale it started with the default again, which is the one this test set.
     */
    @RegisterExtension
    @Order(1)
    final AfterEachCallback computerAsBefore = context -> Locale.setDefault(computer);
    @RegisterExtension
    @Order(2)
    final RealAppExtension real = new RealAppExtension();
    private RealApp app;

    @Test
    void aGermanWindowOnAnEnglishComputerWritesAndReadsGermanDatesAndSwitchesToEnglish() throws Exception {
        Locale.setDefault(Locale.US);
        app = real.start(1280, 900, "language=de");
        LocalDate today = LocalDate.now();
        LocalDate yesterday = today.minusDays(1);

        DatePicker date = openMassageForm();
        assertThat(text(date)).isEqualTo(GERMAN_FIELD.format(today));

        type(date, yesterday.getDayOfMonth() + "." + yesterday.getMonthValue() + "." + yesterday.getYear() % 100);
        assertThat(app.onFx(date::getValue)).isEqualTo(yesterday);
        assertThat(text(date)).as("written back the field's way").isEqualTo(GERMAN_FIELD.format(yesterday));

        type(date, "31.2.2026");
        assertThat(app.onFx(date::getValue)).as("text that is no date changes nothing").isEqualTo(yesterday);
        assertThat(text(date)).as("what was typed stays to be corrected").isEqualTo("31.2.2026");
        Label whenError = (Label) rightPane().lookup("#whenError");
        assertThat(app.onFx(whenError::getText))
                .isEqualTo("„31.2.2026“ ist kein Datum. Geben Sie das Datum so ein: " + GERMAN_FIELD.format(today) + ".");
        assertThat(app.onFx(whenError::isVisible)).isTrue();
        save(Path.of("target", "date-field-de-refused.png"));

        type(date, "");
        type(date, GERMAN_FIELD.format(yesterday));
        assertThat(app.onFx(date::getValue)).isEqualTo(yesterday);
        assertThat(app.onFx(whenError::getText)).as("a date read again clears the message").isNullOrEmpty();

        LocalDate march = LocalDate.of(2025, 3, 3);
        type(date, "3.3.2025");
        assertThat(calendarMonth(date, Locale.GERMAN)).as("the calendar's month, by the window's language")
                .isIn(monthNames(march, Locale.GERMAN));
        assertThat(app.onFx(() -> ((DateCell) popup().lookup(".day-name-cell")).getText()))
                .as("a German week starts on Monday, also on an American computer").isEqualTo("Mo");
        saveCalendar(Path.of("target", "date-field-de-calendar.png"));
        app.robot().interact(date::hide);

        switchToEnglish();
        DatePicker english = openMassageForm();
        assertThat(text(english)).isEqualTo(ENGLISH_FIELD.format(today));
        type(english, ENGLISH_FIELD.format(yesterday));
        assertThat(app.onFx(english::getValue)).isEqualTo(yesterday);
        type(english, "someday");
        assertThat(app.onFx(() -> ((Label) rightPane().lookup("#whenError")).getText()))
                .isEqualTo("\"someday\" is not a date. Type the date like " + ENGLISH_FIELD.format(today) + ".");
        type(english, "3 Mar 2025");
        assertThat(calendarMonth(english, Locale.ENGLISH)).isIn(monthNames(LocalDate.of(2025, 3, 3), Locale.ENGLISH));
        saveCalendar(Path.of("target", "date-field-en-calendar.png"));
        app.robot().interact(english::hide);
    }

    @Test
    void aTurkishComputerReadsTheWindowsDates() throws Exception {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        app = real.start(1280, 900, "language=de");
        LocalDate yesterday = LocalDate.now().minusDays(1);

        DatePicker date = openMassageForm();
        type(date, yesterday.getDayOfMonth() + "." + yesterday.getMonthValue() + "." + yesterday.getYear());
        assertThat(app.onFx(date::getValue)).isEqualTo(yesterday);
        assertThat(text(date)).isEqualTo(GERMAN_FIELD.format(yesterday));
        assertThat(calendarMonth(date, Locale.GERMAN)).isIn(monthNames(yesterday, Locale.GERMAN));
        app.robot().interact(date::hide);

        switchToEnglish();
        DatePicker english = openMassageForm();
        // the month's name read with the window's English, not with the computer's Turkish
        type(english, ENGLISH_FIELD.format(yesterday));
        assertThat(app.onFx(english::getValue)).isEqualTo(yesterday);
        assertThat(text(english)).isEqualTo(ENGLISH_FIELD.format(yesterday));
    }

    /** The journal's "Log a massage" form, and its date field. */
    private DatePicker openMassageForm() {
        app.show("Journal");
        app.robot().interact(() -> app.node("#logMassageButton", javafx.scene.control.Button.class).fire());
        app.await(() -> rightPane().lookup("#datePicker") != null);
        return (DatePicker) rightPane().lookup("#datePicker");
    }

    private Parent rightPane() {
        return (Parent) app.node("#rightPane", StackPane.class).getChildren().get(0);
    }

    /** Types into the field and leaves it for the next one, as a person does (the field reads its text then). */
    private void type(DatePicker date, String text) {
        app.robot().interact(() -> {
            date.requestFocus();
            date.getEditor().setText(text);
            ((TextField) rightPane().lookup("#timeField")).requestFocus();
        });
    }

    private String text(DatePicker date) {
        return app.onFx(() -> date.getEditor().getText());
    }

    /**
     * Opens the field's calendar and reads the month it shows; its weekdays are in the same language (the
     * short name of a Monday among them).
     */
    private String calendarMonth(DatePicker date, Locale language) {
        app.robot().interact(date::show);
        app.await(() -> popup() != null);
        LocalDate monday = LocalDate.of(2026, 11, 30);
        List<String> mondays = List.of(DateTimeFormatter.ofPattern("ccc", language).format(monday),
                DateTimeFormatter.ofPattern("EEE", language).format(monday));
        return app.onFx(() -> {
            List<String> weekdays = popup().lookupAll(".day-name-cell").stream().map(n -> ((DateCell) n).getText()).toList();
            assertThat(weekdays).as("weekdays in " + language).containsAnyElementsOf(mondays);
            return ((Label) popup().lookupAll(".spinner-label").iterator().next()).getText();
        });
    }

    private Parent popup() {
        return Window.getWindows().stream().filter(w -> w instanceof PopupWindow && w.isShowing())
                .map(w -> w.getScene().getRoot()).filter(r -> r.lookup(".date-picker-popup") != null)
                .findFirst().orElse(null);
    }

    private static List<String> monthNames(LocalDate day, Locale locale) {
        return List.of(DateTimeFormatter.ofPattern("MMMM", locale).format(day),
                DateTimeFormatter.ofPattern("LLLL", locale).format(day));
    }

    private void save(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        app.robot().interact(() -> SceneShots.save(app.scene(), file));
    }

    /** The calendar open over the field, as a picture of its own (a snapshot of the window leaves it out). */
    private void saveCalendar(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        app.robot().interact(() -> SceneShots.save(popup().getScene(), file));
    }

    /** Chooses English in Settings, as a person would; the screens are built again in it. */
    private void switchToEnglish() {
        app.show("Settings");
        @SuppressWarnings("unchecked")
        ComboBox<LanguageChoice> box = app.node("#languageBox", ComboBox.class);
        app.robot().interact(() -> box.getSelectionModel().select(new LanguageChoice(Language.ENGLISH)));
        app.await(() -> "Journal".equals(app.onFx(() -> app.entry("Journal").getText())));
    }
}
