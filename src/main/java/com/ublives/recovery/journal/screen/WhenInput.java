package com.ublives.recovery.journal.screen;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;

/**
 * A moment as a person gives it: a date and a typed time in their own time zone. Not in the future
 * (a minute of slack, so "now" stays valid while the form is filled) and not before a lower bound
 * (a check-in cannot come before its massage).
 */
final class WhenInput {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final Duration FUTURE_SLACK = Duration.ofMinutes(1);

    private final ResourceBundle texts;
    private final Clock clock;
    private final ObjectProperty<java.time.LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time");
    private Instant notBefore;

    WhenInput(ResourceBundle texts, Clock clock) {
        this.texts = texts;
        this.clock = clock;
        setNow();
    }

    ObjectProperty<java.time.LocalDate> date() {
        return date;
    }

    StringProperty time() {
        return time;
    }

    void notBefore(Instant earliest) {
        this.notBefore = earliest;
    }

    void setNow() {
        set(clock.instant());
    }

    void set(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, clock.getZone());
        date.set(local.toLocalDate());
        time.set(local.toLocalTime().format(TIME));
    }

    /** What is wrong with the moment as given, or null. */
    String problem() {
        if (date.get() == null) {
            return texts.getString("error.checkIn.date");
        }
        LocalTime parsed = parsedTime();
        if (parsed == null) {
            return texts.getString("error.checkIn.time");
        }
        Instant at = instant();
        if (at.isAfter(clock.instant().plus(FUTURE_SLACK))) {
            return texts.getString("error.checkIn.future");
        }
        if (notBefore != null && at.isBefore(notBefore)) {
            return MessageFormat.format(texts.getString("error.checkIn.beforeMassage"), Formats.dateTime(notBefore, clock.getZone()));
        }
        return null;
    }

    /** The moment; call only when problem() is null. A time that means "now" is clamped, never in the future. */
    Instant instant() {
        Instant at = LocalDateTime.of(date.get(), parsedTime()).atZone(clock.getZone()).toInstant();
        Instant now = clock.instant();
        return at.isAfter(now) && !at.isAfter(now.plus(FUTURE_SLACK)) ? now : at;
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
