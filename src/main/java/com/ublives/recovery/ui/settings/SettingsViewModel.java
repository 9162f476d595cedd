package com.ublives.recovery.ui.settings;

import com.ublives.recovery.ui.FailureText;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.settings.Settings;
import com.ublives.recovery.settings.SettingsService;
import com.ublives.recovery.settings.Theme;
import com.ublives.recovery.ui.BackgroundTasks;
import com.ublives.recovery.ui.DialogService;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.MessageFormat;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;

/**
 * The Settings screen's state. Every change is applied at once (the window's {@code apply}: theme,
 * text size, language, clinic screens; the journal reads the check-in hours at its next look) and
 * written to the data folder's settings.properties in the background. A language of null is the system's.
 */
public final class SettingsViewModel {

    /** The language list's choices: the system's, or one the app speaks. */
    public record LanguageChoice(Language language) {
    }

    private final SettingsService service;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ResourceBundle texts;
    private final Consumer<Settings> apply;
    private final ObjectProperty<LanguageChoice> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>();
    private final IntegerProperty textSize = new SimpleIntegerProperty();
    private final StringProperty checkInHours = new SimpleStringProperty();
    private final ReadOnlyStringWrapper checkInHoursError = new ReadOnlyStringWrapper("");
    private final BooleanProperty clinicShown = new SimpleBooleanProperty();
    private Settings applied;
    /** The newest settings asked for: each save writes the newest, so saves that overlap end with it. */
    private volatile Settings wanted;

    public SettingsViewModel(SettingsService service, BackgroundTasks tasks, DialogService dialogs, ResourceBundle texts,
                             Consumer<Settings> apply) {
        this.service = service;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.texts = texts;
        this.apply = apply;
        this.applied = service.current();
        language.set(new LanguageChoice(applied.language()));
        theme.set(applied.theme());
        textSize.set(applied.textSize());
        checkInHours.set(SettingsService.hoursText(applied.checkInHours()));
        clinicShown.set(applied.clinicShown());
        language.addListener((obs, old, now) -> change(applied.withLanguage(now.language())));
        theme.addListener((obs, old, now) -> change(applied.withTheme(now)));
        textSize.addListener((obs, old, now) -> change(applied.withTextSize(clampTextSize(now.intValue()))));
        clinicShown.addListener((obs, old, now) -> change(applied.withClinicShown(now)));
    }

    public ObjectProperty<LanguageChoice> languageProperty() {
        return language;
    }

    public List<LanguageChoice> languageChoices() {
        return List.of(new LanguageChoice(null), new LanguageChoice(Language.ENGLISH), new LanguageChoice(Language.GERMAN));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public IntegerProperty textSizeProperty() {
        return textSize;
    }

    public StringProperty checkInHoursProperty() {
        return checkInHours;
    }

    public ReadOnlyStringProperty checkInHoursErrorProperty() {
        return checkInHoursError.getReadOnlyProperty();
    }

    public BooleanProperty clinicShownProperty() {
        return clinicShown;
    }

    /** Takes the typed check-in hours (on Enter or leaving the field); a typo is named and nothing changes. */
    public void commitCheckInHours() {
        Optional<List<Integer>> hours = SettingsService.checkInHours(checkInHours.get());
        if (hours.isEmpty()) {
            checkInHoursError.set(MessageFormat.format(texts.getString("settings.checkIns.error"),
                    checkInHours.get().trim(), Settings.MAX_CHECK_INS, Settings.MAX_CHECK_IN_HOUR));
            return;
        }
        checkInHoursError.set("");
        checkInHours.set(SettingsService.hoursText(hours.get()));
        change(applied.withCheckInHours(hours.get()));
    }

    /** What the settings file held that could not be used, one sentence each (shown above the settings). */
    public List<String> fileProblems() {
        return service.problems().stream().map(p -> MessageFormat.format(texts.getString("settings.fileProblem"),
                p.key(), p.value())).toList();
    }

    private static int clampTextSize(int percent) {
        return Math.max(Settings.MIN_TEXT_SIZE, Math.min(Settings.MAX_TEXT_SIZE, percent));
    }

    private void change(Settings next) {
        if (next.equals(applied)) {
            return;
        }
        applied = next;
        wanted = next;
        tasks.run(() -> {
            service.save(wanted);
            return null;
        }, ok -> { }, failure -> dialogs.showError(texts.getString("settings.saveFailed.title"),
                MessageFormat.format(texts.getString("settings.saveFailed"), FailureText.reason(failure, texts))));
        apply.accept(next);
    }
}
