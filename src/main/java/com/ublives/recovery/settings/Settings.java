package com.ublives.recovery.settings;

import com.ublives.recovery.i18n.Language;

import java.util.List;
import java.util.Locale;

/**
 * What a person can set: language (null: the system's), theme, text size in percent (100 to 200),
 * the hours after a massage at which the journal asks for a check-in, and whether the clinic screens
 * are shown. The data location (this computer or a clinic server) joins here when the server part lands.
 */
public record Settings(Language language, Theme theme, int textSize, List<Integer> checkInHours, boolean clinicShown) {

    public static final int MIN_TEXT_SIZE = 100;
    public static final int MAX_TEXT_SIZE = 200;
    public static final List<Integer> DEFAULT_CHECK_IN_HOURS = List.of(12, 24, 48, 72);
    /** The check-in marks lie within a week of the massage; the 72-hour watch runs whatever they are. */
    public static final int MAX_CHECK_IN_HOUR = 168;
    public static final int MAX_CHECK_INS = 8;
    public static final Settings DEFAULTS = new Settings(null, Theme.LIGHT, MIN_TEXT_SIZE, DEFAULT_CHECK_IN_HOURS, true);

    public Settings {
        checkInHours = List.copyOf(checkInHours);
    }

    /** The language in use: the chosen one, else the system's. */
    public Language languageFor(Locale system) {
        return language != null ? language : Language.of(system);
    }

    public Settings withLanguage(Language l) {
        return new Settings(l, theme, textSize, checkInHours, clinicShown);
    }

    public Settings withTheme(Theme t) {
        return new Settings(language, t, textSize, checkInHours, clinicShown);
    }

    public Settings withTextSize(int percent) {
        return new Settings(language, theme, percent, checkInHours, clinicShown);
    }

    public Settings withCheckInHours(List<Integer> hours) {
        return new Settings(language, theme, textSize, hours, clinicShown);
    }

    public Settings withClinicShown(boolean shown) {
        return new Settings(language, theme, textSize, checkInHours, shown);
    }
}
