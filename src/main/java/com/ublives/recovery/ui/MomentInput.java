package com.ublives.recovery.ui;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.time.Times;
import com.ublives.recovery.time.WallTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ResourceBundle;

/**
 * A moment as a person gives it: a date and a typed "H:mm" time in their own time zone. Every form
 * that asks "when?" uses this, so they all read times alike. Each screen names its own message keys;
 * a moment may be kept out of the future (with a minute of slack, so "now" stays valid while the form
 * is filled) and out of the time before a lower bound. Every moment is within the range of
 * {@link Times}: from 1900 to a day after now.
 */
public final class MomentInput {

    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final Duration FUTURE_SLACK = Duration.ofMinutes(1);

    private final ResourceBundle texts;
    private final Clock clock;
    private final String dateKey;
    private final String timeKey;
    private final String futureKey;
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty time = new SimpleStringProperty(this, "time");
    private final StringProperty unreadableDate = new SimpleStringProperty(this, "unreadableDate");
    private Instant notBefore;
    private String notBeforeMessage;

    /**
     * @param futureKey the message for a moment in the future, or null when the future is allowed
     *                  (a clinic may record a session it is about to give)
     */
    public MomentInput(ResourceBundle texts, Clock clock, String dateKey, String timeKey, String futureKey) {
        this.texts = texts;
        this.clock = clock;
        this.dateKey = dateKey;
        this.timeKey = timeKey;
        this.futureKey = futureKey;
        setNow();
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    /**
     * What was typed into the date field when it is no date, else null ({@link DateField} keeps it): the
     * date then stays as it was, and the moment is refused until the field holds a date again.
     */
    public StringProperty unreadableDateProperty() {
        return unreadableDate;
    }

    /** No moment before {@code earliest} (a check-in cannot come before its massage); the message says why. */
    public void notBefore(Instant earliest, String message) {
        this.notBefore = earliest;
        this.notBeforeMessage = message;
    }

    public void setNow() {
        set(clock.instant());
    }

    public void set(Instant instant) {
        unreadableDate.set(null);
        LocalDateTime local = LocalDateTime.ofInstant(instant, clock.getZone());
        date.set(local.toLocalDate());
        time.set(local.toLocalTime().format(TIME));
    }

    /** What is wrong with the moment as given, or null. */
    public String problem() {
        if (unreadableDate.get() != null) {
            return notADate(texts, unreadableDate.get(), LocalDate.now(clock));
        }
        if (date.get() == null) {
            return texts.getString(dateKey);
        }
        if (parsedTime() == null) {
            return texts.getString(timeKey);
        }
        Instant at = instant();
        if (date.get().getYear() < Times.FIRST_YEAR) {
            return MessageFormat.format(texts.getString("error.moment.early"), Integer.toString(Times.FIRST_YEAR));
        }
        if (futureKey != null && at.isAfter(clock.instant().plus(FUTURE_SLACK))) {
            return texts.getString(futureKey);
        }
        if (at.isAfter(Times.latest(clock))) {
            return texts.getString("error.moment.ahead");
        }
        if (notBefore != null && at.isBefore(notBefore)) {
            return notBeforeMessage;
        }
        return null;
    }

    /**
     * The message for text typed into a date field that is no date: what was typed, and how to write a
     * day, shown with today's date as the field would write it.
     */
    public static String notADate(ResourceBundle texts, String typed, LocalDate today) {
        return MessageFormat.format(texts.getString("error.date.unreadable"), typed.strip(),
                Conventions.of(texts).dateField(today));
    }

    /** The date and time as typed; call only when problem() is null. */
    public LocalDateTime localDateTime() {
        return LocalDateTime.of(date.get(), parsedTime());
    }

    /**
     * The moment; call only when problem() is null. A time that does not exist or exists twice
     * (daylight saving) is resolved by {@link WallTime}, as the command line does. Where the future is
     * refused, a time that means "now" is clamped to now, never a moment ahead.
     */
    public Instant instant() {
        Instant at = wallTime().instant();
        Instant now = clock.instant();
        boolean clamp = futureKey != null && at.isAfter(now) && !at.isAfter(now.plus(FUTURE_SLACK));
        return clamp ? now : at;
    }

    /**
     * What a person should know about the time used, or null: the time typed does not exist that
     * day (clocks went forward) or exists twice (clocks went back). Null too while there is no date
     * or no readable time.
     */
    public String note() {
        if (date.get() == null || parsedTime() == null) {
            return null;
        }
        WallTime wall = wallTime();
        String given = TIME.format(wall.given());
        String day = Conventions.of(texts).formatter(Conventions.DAY).format(wall.given());
        return switch (wall.kind()) {
            case ONCE -> null;
            case SKIPPED -> MessageFormat.format(texts.getString("moment.skipped"), given, day, TIME.format(wall.used()));
            case TWICE -> MessageFormat.format(texts.getString("moment.twice"), given, day, wall.used().getOffset().getId());
        };
    }

    private WallTime wallTime() {
        return WallTime.resolve(localDateTime(), clock.getZone());
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
