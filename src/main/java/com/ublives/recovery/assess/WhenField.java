package com.ublives.recovery.assess;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.ui.MomentInput;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ResourceBundle;

/**
 * "When was the massage?" as a date and a typed time, turned into hours since then. A person thinks
 * in clock times, the rules in hours; this is the one place that converts between them.
 */
final class WhenField {

    private final ResourceBundle texts;
    private final Clock clock;
    private final MomentInput moment;
    private final ReadOnlyStringWrapper hoursText = new ReadOnlyStringWrapper(this, "hoursText", "");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note");

    WhenField(ResourceBundle texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
        this.moment = new MomentInput(texts, clock, "error.date", "error.time", "error.future");
        refreshHours();
        moment.dateProperty().addListener(o -> refreshHours());
        moment.timeProperty().addListener(o -> refreshHours());
        moment.unreadableDateProperty().addListener(o -> refreshHours());
    }

    ObjectProperty<LocalDate> dateProperty() {
        return moment.dateProperty();
    }

    StringProperty timeProperty() {
        return moment.timeProperty();
    }

    /** What was typed into the date field when it is no date, else null. */
    StringProperty unreadableDateProperty() {
        return moment.unreadableDateProperty();
    }

    ReadOnlyStringProperty hoursTextProperty() {
        return hoursText.getReadOnlyProperty();
    }

    /** Which time was used when the one typed does not exist or exists twice (daylight saving), else null. */
    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    void setNow() {
        moment.setNow();
        refreshHours();
    }

    /** What is wrong with the date or time as given, or null when they make a moment up to now. */
    String problem() {
        return moment.problem();
    }

    /** Hours since the massage as text for the parser, one decimal, never negative; call after problem() is null. */
    String hoursValue() {
        return BigDecimal.valueOf(hours()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The moment of the massage; call after problem() is null. */
    java.time.Instant instant() {
        return moment.instant();
    }

    void refreshHours() {
        if (problem() != null) {
            hoursText.set("");
            note.set(null);
            return;
        }
        note.set(moment.note());
        double hours = hours();
        if (hours < 1) {
            hoursText.set(texts.getString("when.justNow"));
        } else if (hours < 48) {
            hoursText.set(MessageFormat.format(texts.getString("when.hoursAgo"), Conventions.of(texts).hours(hours)));
        } else {
            hoursText.set(MessageFormat.format(texts.getString("when.daysAgo"), Conventions.of(texts).hours(hours),
                    Math.round(hours / 24)));
        }
    }

    /** Between instants, not wall-clock readings: a daylight-saving night has 23 or 25 hours. */
    private double hours() {
        Duration since = Duration.between(moment.instant(), clock.instant());
        return Math.max(0, since.toMinutes() / 60.0);
    }
}
