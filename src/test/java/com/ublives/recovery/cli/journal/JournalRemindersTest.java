package com.ublives.recovery.cli.journal;

import com.ublives.recovery.cli.Cli;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * journal reminders (issue 15): the file is written with one iCalendar library (biweekly) and read back here
 * with another (ical4j), so a file only the writer understands would fail.
 */
class JournalRemindersTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--data-dir");
        all.add(dir.resolve("data").toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    /** A massage 20 hours ago (to the minute, in this machine's zone, as --at is read), logged with private details. */
    private Instant massageTwentyHoursAgo() {
        LocalDateTime at = LocalDateTime.now().minusHours(20).truncatedTo(ChronoUnit.MINUTES);
        Run added = run("journal", "add", "--massage", "deep-tissue", "--at", at.toString(), "--soreness", "4",
                "--condition", "blood-thinners", "--therapist", "Ana", "--note", "my private knee story");
        assertThat(added.status()).as(added.err()).isZero();
        return at.atZone(ZoneId.systemDefault()).toInstant();
    }

    private static Calendar readWithIcal4j(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CalendarBuilder().build(in);
        }
    }

    private static Instant start(VEvent event) {
        return Instant.from(event.getStartDate().getDate().toInstant());
    }

    @Test
    void remindersAreAnICalendarFileWithAnEventAndAnAlarmAtEachCheckInStillDue() throws Exception {
        Instant massage = massageTwentyHoursAgo();
        Path file = dir.resolve("reminders.ics");

        Run written = run("journal", "reminders", "--recovery", "1", "--out", file.toString());

        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out()).contains("Wrote 3 reminders for recovery 1 to " + file);
        Calendar calendar = readWithIcal4j(file);
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(3);
        assertThat(events.stream().map(JournalRemindersTest::start).toList()).containsExactly(
                massage.plus(Duration.ofHours(24)), massage.plus(Duration.ofHours(48)), massage.plus(Duration.ofHours(72)));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getAlarms()).hasSize(1);
            assertThat(e.getSummary().getValue()).startsWith("Check in").endsWith("after the massage: Deep tissue");
        });
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Check in 24 h after the massage: Deep tissue");
        assertThat(events.get(2).getDescription().getValue())
                .contains("If you are still sore now:").contains("contact your therapist or a health professional");
        assertThat(events.get(0).getDescription().getValue()).doesNotContain("still sore");
    }

    @Test
    void withLangDeTheRemindersAreInGerman() throws Exception {
        massageTwentyHoursAgo();
        Path file = dir.resolve("de.ics");

        Run written = run("journal", "reminders", "--recovery", "1", "--out", file.toString(), "--lang", "de");

        assertThat(written.status()).as(written.err()).isZero();
        List<VEvent> events = readWithIcal4j(file).getComponents(Component.VEVENT);
        assertThat(events.get(0).getSummary().getValue()).startsWith("Rückmeldung 24 h nach der Massage: ");
        assertThat(events.get(0).getDescription().getValue()).startsWith("Massage: ")
                .contains("Wie stark ist der Muskelkater jetzt, 24 Stunden danach?").doesNotContain("How sore");
        assertThat(events.get(2).getDescription().getValue()).contains("Wenn Sie jetzt noch Muskelkater haben: ");
    }

    @Test
    void theFileNamesTheMassageAndTheTimesButNoHealthConditionOrNote() throws Exception {
        massageTwentyHoursAgo();
        Path file = dir.resolve("r.ics");

        assertThat(run("journal", "reminders", "--recovery", "1", "--out", file.toString()).status()).isZero();

        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n ", "");
        assertThat(text).contains("Deep tissue").doesNotContainIgnoringCase("blood").doesNotContainIgnoringCase("thinner")
                .doesNotContain("knee").doesNotContain("Ana").doesNotContain("soreness 4");
    }

    @Test
    void aCheckInMetAndAClosedRecoveryLeaveNoReminderForThem() throws Exception {
        Instant massage = massageTwentyHoursAgo();
        Path file = dir.resolve("r.ics");
        // a check-in now (20 h) counts for 24 h? No: only from 22 h. One at 23 h does, so 48 and 72 remain.
        LocalDateTime at23 = LocalDateTime.ofInstant(massage.plus(Duration.ofHours(23)), ZoneId.systemDefault());
        assertThat(run("journal", "check-in", "--recovery", "1", "--at", at23.toString(), "--soreness", "3").status())
                .isZero();

        assertThat(run("journal", "reminders", "--recovery", "1", "--out", file.toString()).status()).isZero();
        List<VEvent> events = readWithIcal4j(file).getComponents(Component.VEVENT);
        assertThat(events.stream().map(JournalRemindersTest::start).toList()).containsExactly(
                massage.plus(Duration.ofHours(48)), massage.plus(Duration.ofHours(72)));

        run("journal", "close", "--recovery", "1");
        Run closed = run("journal", "reminders", "--recovery", "1", "--out", file.toString(), "--force");
        assertThat(closed.status()).isEqualTo(2);
        assertThat(closed.err().strip()).isEqualTo("--recovery must be open to be reminded of; recovery 1 is closed"
                + " (reopen it first)");
    }

    @Test
    void anExistingFileIsKeptUnlessForceAndAMissingRecoveryIsRefusedInOneLine() throws Exception {
        massageTwentyHoursAgo();
        Path file = dir.resolve("r.ics");
        Files.writeString(file, "mine");

        Run refused = run("journal", "reminders", "--recovery", "1", "--out", file.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err().strip()).isEqualTo("--out " + file + " already exists; add --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("mine");

        assertThat(run("journal", "reminders", "--recovery", "1", "--out", file.toString(), "--force").status()).isZero();
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");

        Run missing = run("journal", "reminders", "--recovery", "7", "--out", dir.resolve("x.ics").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("--recovery must be the id of a recovery in the journal, got 7");
        assertThat(dir.resolve("x.ics")).doesNotExist();
    }

    @Test
    void theEventsFollowTheCheckInHoursOfSettingsAndKeepTheStillSoreEventAt72Hours() throws Exception {
        Instant massage = massageTwentyHoursAgo();
        // as the Settings screen stores them, in the data folder's settings.properties
        Files.writeString(dir.resolve("data").resolve("settings.properties"),
                "reminders.check-in-hours=6, 30, 60\n", StandardCharsets.UTF_8);
        Path file = dir.resolve("settings-hours.ics");

        Run written = run("journal", "reminders", "--recovery", "1", "--out", file.toString());

        assertThat(written.status()).as(written.err()).isZero();
        List<VEvent> events = readWithIcal4j(file).getComponents(Component.VEVENT);
        assertThat(events.stream().map(JournalRemindersTest::start).toList()).containsExactly(
                massage.plus(Duration.ofHours(30)), massage.plus(Duration.ofHours(60)), massage.plus(Duration.ofHours(72)));
        assertThat(events.get(0).getSummary().getValue()).isEqualTo("Check in 30 h after the massage: Deep tissue");
        assertThat(events.get(1).getSummary().getValue()).isEqualTo("Check in 60 h after the massage: Deep tissue");
        assertThat(events.get(2).getSummary().getValue()).isEqualTo("If still sore 72 h after the massage: Deep tissue");
        assertThat(events.get(2).getDescription().getValue())
                .contains("If you are still sore now:").contains("contact your therapist or a health professional")
                .doesNotContain("How sore are you now");
        assertThat(events.get(2).getAlarms()).hasSize(1);
    }
}
