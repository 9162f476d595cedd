package com.ublives.recovery.journal;

import com.ublives.recovery.i18n.Conventions;
import com.ublives.recovery.i18n.Language;
import com.ublives.recovery.i18n.Phrase;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VAlarm;
import biweekly.component.VEvent;
import biweekly.parameter.Related;
import biweekly.property.Trigger;
import biweekly.util.Duration;
import com.ublives.recovery.rules.InvalidInputException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reminders outside the app: an iCalendar file with an event (and an alarm) at each check-in of a recovery
 * that is still due. A calendar is often shared or synced, so the file names the massage and the times only,
 * never the person's health conditions, red flags, soreness or notes.
 */
public final class ReminderCalendar {

    /** How long each event lasts in the calendar: a check-in takes a minute, a short slot is easy to see. */
    private static final int EVENT_MINUTES = 15;

    /** One event: the mark it is for, when, its title and its text. */
    public record Reminder(int markHours, Instant at, String title, String text) {
    }

    /** The reminders and the file's text. */
    public record Calendar(long recoveryId, List<Reminder> reminders, String ics) {
    }

    private ReminderCalendar() {
    }

    /** The hour whose event also says what to do if still sore: the rules' watch for soreness past 72 hours. */
    static final int STILL_SORE_HOUR = 72;

    /**
     * An event at each check-in mark (the hours chosen in Settings, 12, 24, 48 and 72 by default) that is after
     * now and not met by a check-in yet, and always one at 72 h that says what to do if still sore then: the rule
     * set's own words for soreness past 72 hours (a check-in there too when 72 is one of the marks).
     * A closed recovery, or one with no check-in left to make, is refused: an empty calendar would remind of nothing.
     */
    static Calendar of(Recovery r, List<Integer> marks, String massageName, Double latestCheckInHours,
                       String past72Advice, Instant now, ZoneId zone) {
        return of(r, marks, massageName, latestCheckInHours, past72Advice, now, zone, Language.ENGLISH);
    }

    /**
     * The calendar in this language: a file the person keeps, written like the rule set's texts in it (the
     * massage's name, the advice) in the language the planner speaks ({@code PlannerService.speak}).
     */
    static Calendar of(Recovery r, List<Integer> marks, String massageName, Double latestCheckInHours,
                       String past72Advice, Instant now, ZoneId zone, Language language) {
        if (!r.isOpen()) {
            throw new InvalidInputException("recovery", Phrase.of("input.reminder.closed", r.id()));
        }
        List<Reminder> due = due(r, marks, massageName, latestCheckInHours, past72Advice, now, zone, language);
        if (due.isEmpty()) {
            throw new InvalidInputException("recovery", Phrase.of("input.reminder.nothingDue",
                    String.join(", ", marks.stream().map(String::valueOf).toList()), r.id()));
        }
        return new Calendar(r.id(), due, ics(r.id(), due, now));
    }

    static List<Reminder> due(Recovery r, List<Integer> marks, String massageName, Double latestCheckInHours,
                              String past72Advice, Instant now, ZoneId zone) {
        return due(r, marks, massageName, latestCheckInHours, past72Advice, now, zone, Language.ENGLISH);
    }

    static List<Reminder> due(Recovery r, List<Integer> marks, String massageName, Double latestCheckInHours,
                              String past72Advice, Instant now, ZoneId zone, Language language) {
        double covered = latestCheckInHours == null ? Double.NEGATIVE_INFINITY
                : latestCheckInHours + CheckInSchedule.EARLY_GRACE_HOURS;
        String massageAt = Conventions.of(language).formatter("reminder.when")
                .format(r.startedAt().atZone(zone));
        List<Reminder> result = new ArrayList<>();
        java.util.TreeSet<Integer> hours = new java.util.TreeSet<>(marks);
        hours.add(STILL_SORE_HOUR);
        for (int mark : hours) {
            Instant at = r.startedAt().plus(java.time.Duration.ofHours(mark));
            if (mark <= covered || !at.isAfter(now)) {
                continue;
            }
            boolean checkIn = marks.contains(mark);
            String title = Phrase.of(checkIn ? "reminder.title.checkIn" : "reminder.title.stillSore", mark, massageName)
                    .in(language);
            String text = Phrase.of("reminder.text", massageName, massageAt).in(language);
            if (checkIn) {
                text += Phrase.of("reminder.text.checkIn", mark).in(language);
            }
            if (mark == STILL_SORE_HOUR) {
                text += Phrase.of("reminder.text.stillSore", past72Advice).in(language);
            }
            result.add(new Reminder(mark, at, title, text));
        }
        return List.copyOf(result);
    }

    private static String ics(long recoveryId, List<Reminder> reminders, Instant now) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Recovery Planner//Check-in reminders//EN");
        for (Reminder reminder : reminders) {
            VEvent event = new VEvent();
            // the same event when the file is written again, so a calendar updates it instead of adding a copy
            event.setUid("recovery-" + recoveryId + "-" + reminder.markHours() + "h@recovery-planner");
            event.setDateTimeStamp(Date.from(now));
            event.setDateStart(Date.from(reminder.at()));
            event.setDuration(Duration.builder().minutes(EVENT_MINUTES).build());
            event.setSummary(reminder.title());
            event.setDescription(reminder.text());
            event.addAlarm(VAlarm.display(new Trigger(Duration.builder().minutes(0).build(), Related.START),
                    reminder.title()));
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }
}
