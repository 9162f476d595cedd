package com.ublives.recovery.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one rule for wall-clock times on daylight-saving nights, in Berlin: 29 March 2026 at 2:00 the
 * clocks went forward to 3:00, 25 October 2026 at 3:00 back to 2:00.
 */
class WallTimeTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static WallTime at(String local) {
        return WallTime.resolve(LocalDateTime.parse(local), BERLIN);
    }

    @Test
    void aTimeInTheSpringGapMovesForwardByTheGap() {
        WallTime wall = at("2026-03-29T02:30");

        assertThat(wall.kind()).isEqualTo(WallTime.Kind.SKIPPED);
        assertThat(wall.used().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-29T03:30"));
        assertThat(wall.instant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void aTimeThatExistsTwiceInAutumnIsTheEarlierOne() {
        WallTime wall = at("2026-10-25T02:30");

        assertThat(wall.kind()).isEqualTo(WallTime.Kind.TWICE);
        assertThat(wall.used().getOffset().getId()).isEqualTo("+02:00");
        assertThat(wall.instant()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void anOrdinaryTimeExistsOnce() {
        assertThat(at("2026-03-29T03:30").kind()).isEqualTo(WallTime.Kind.ONCE);
        assertThat(at("2026-10-25T03:30").kind()).isEqualTo(WallTime.Kind.ONCE);
    }

    /** A wall-clock day across the spring night has 23 hours, across the autumn night 25. */
    @ParameterizedTest(name = "{0} to {1}: {2} h")
    @CsvSource({
            "2026-03-28T12:00, 2026-03-29T12:00, 23",
            "2026-03-28T12:00, 2026-03-30T12:00, 47",
            "2026-03-28T12:00, 2026-03-31T12:00, 71",
            "2026-03-28T12:00, 2026-03-31T13:00, 72",
            "2026-03-28T12:00, 2026-03-31T14:00, 73",
            "2026-10-24T12:00, 2026-10-25T12:00, 25",
            "2026-10-24T12:00, 2026-10-26T12:00, 49",
            "2026-10-24T12:00, 2026-10-27T11:00, 72",
            "2026-10-24T12:00, 2026-10-27T12:00, 73",
            // the massage itself on the night: 2:30 used as 3:30 in spring, as the first 2:30 in autumn
            "2026-03-29T02:30, 2026-03-30T03:30, 24",
            "2026-03-29T02:30, 2026-03-31T03:30, 48",
            "2026-03-29T02:30, 2026-04-01T03:30, 72",
            "2026-10-25T02:30, 2026-10-26T02:30, 25",
            "2026-10-25T02:30, 2026-10-27T02:30, 49",
            "2026-10-25T02:30, 2026-10-28T01:30, 72",
            "2026-10-25T02:30, 2026-10-28T02:30, 73"})
    void hoursAreCountedBetweenInstants(String massage, String now, long hours) {
        assertThat(Duration.between(at(massage).instant(), at(now).instant()).toHours()).isEqualTo(hours);
    }

    @Test
    void theCommandLineReadsALocalTimeByTheSameRule() {
        for (String local : new String[] {"2026-03-29T02:30", "2026-10-25T02:30", "2026-10-25T02:00", "2026-06-01T09:30"}) {
            assertThat(Times.parse("at", local, BERLIN)).as(local).isEqualTo(at(local).instant());
        }
        assertThat(Times.parse("at", "2026-10-25T02:30", BERLIN)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    }
}
