package com.ublives.recovery.assess;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;

/**
 * "When was the massage?" as a date and a typed time, turned into hours since then. A person thinks
 * in clock times, the rules in hours; this is the one place that converts between them.
 */
final class WhenField {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    /** A minute of slack: a time typed as "now" must not turn into the future while the form is filled. */
    private static final Duration FUTURE_SLACK = Duration.ofMinutes(1);

    private final ResourceBundle texts;
    private final Clock clock;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time");
    private final ReadOnlyStringWrapper hoursText = new ReadOnlyStringWrapper(this, "hoursText", "");

    WhenField(ResourceBundle texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
        setNow();
        date.addListener(o -> refreshHours());
        time.addListener(o -> refreshHours());
    }

    ObjectProperty<LocalDate> date() {
        return date;
    }

    StringProperty time() {
        return time;
    }

    ReadOnlyStringProperty hoursText() {
        return hoursText.getReadOnlyProperty();
    }

    void setNow() {
        LocalDateTime now = LocalDateTime.now(clock);
        date.set(now.toLocalDate());
        time.set(now.toLocalTime().format(TIME));
        refreshHours();
    }

    /** What is wrong with the date or time as given, or null when they make a moment up to now. */
    String problem() {
        if (date.get() == null) {
            return texts.getString("error.date");
        }
        LocalTime parsed = parsedTime();
        if (parsed == null) {
            return texts.getString("error.time");
        }
        if (LocalDateTime.of(date.get(), parsed).isAfter(LocalDateTime.now(clock).plus(FUTURE_SLACK))) {
            return texts.getString("error.future");
        }
        return null;
    }

    /** Hours since the massage as text for the parser, one decimal, never negative; call after problem() is null. */
    String hoursValue() {
        return BigDecimal.valueOf(hours()).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    void refreshHours() {
        if (problem() != null) {
            hoursText.set("");
            return;
        }
        double hours = hours();
        if (hours < 1) {
            hoursText.set(texts.getString("when.justNow"));
        } else if (hours < 48) {
            hoursText.set(MessageFormat.format(texts.getString("when.hoursAgo"), hoursValue()));
        } else {
            hoursText.set(MessageFormat.format(texts.getString("when.daysAgo"), hoursValue(), Math.round(hours / 24)));
        }
    }

    private double hours() {
        Duration since = Duration.between(LocalDateTime.of(date.get(), parsedTime()), LocalDateTime.now(clock));
        return Math.max(0, since.toMinutes() / 60.0);
    }

    private LocalTime parsedTime() {
        String text = time.get();
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text.trim().replace('.', ':'), TIME);
        } catch (DateTimeParseException notATime) {
            return null;
        }
    }
}
