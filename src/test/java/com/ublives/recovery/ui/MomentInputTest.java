package com.ublives.recovery.ui;

import com.ublives.recovery.time.Times;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Every "when?" field of the window reads a daylight-saving time as the command line does, and says so. */
class MomentInputTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final MomentInput moment = new MomentInput(ResourceBundle.getBundle("i18n.messages"),
            Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), BERLIN), "error.date", "error.time", "error.future");

    private void type(String date, String time) {
        moment.date().set(LocalDate.parse(date));
        moment.time().set(time);
    }

    @Test
    void aTimeThatDoesNotExistGetsANoteNamingTheTimeUsed() {
        type("2026-03-29", "2:30");

        assertThat(moment.problem()).isNull();
        assertThat(moment.note()).isEqualTo("2:30 does not exist on 29 March (clocks went forward); 3:30 was used.");
        assertThat(moment.instant()).isEqualTo(Times.parse("at", "2026-03-29T02:30", BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aTimeThatExistsTwiceIsTheFirstOneAsOnTheCommandLine() {
        type("2026-10-25", "2:30");

        assertThat(moment.note()).isEqualTo("2:30 comes twice on 25 October (clocks went back); the first one (UTC+02:00) was used.");
        assertThat(moment.instant()).isEqualTo(Times.parse("at", "2026-10-25T02:30", BERLIN))
                .isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void anOrdinaryTimeNeedsNoNote() {
        type("2026-10-25", "3:30");
        assertThat(moment.note()).isNull();
        type("2026-10-25", "half past");
        assertThat(moment.note()).isNull();
    }
}
