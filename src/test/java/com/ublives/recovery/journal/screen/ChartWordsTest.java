package com.ublives.recovery.journal.screen;

import com.ublives.recovery.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The soreness chart read out: a screen reader gets each reading, the hours in which soreness usually eases,
 * and where the latest reading stands against them, in the window's language.
 */
class ChartWordsTest {

    private static final ChartSeries DEEP = new ChartSeries(1, "Deep tissue, Mon 30 Nov, 08:00", 24, 48, "Usually eases within 24–48 h",
            List.of(new ChartSeries.Point(0, 5, "start-1", "", false), new ChartSeries.Point(24, 4, "point-1", "", false),
                    new ChartSeries.Point(52.5, 3, "point-2", "", false)));
    private static final ChartSeries SPORTS = new ChartSeries(2, "Sports, Fri 27 Nov, 01:05", 12, 24, "",
            List.of(new ChartSeries.Point(0, 2, "start-2", "", false), new ChartSeries.Point(12, 0, "point-3", "", false)));

    @Test
    void theReadingsAgainstTheUsualHoursInEnglish() {
        String words = ChartWords.describe(List.of(DEEP, SPORTS), Language.ENGLISH.messages());

        assertThat(words).startsWith("Soreness chart of Deep tissue, Mon 30 Nov, 08:00.")
                .contains("usually eases within 24\u201348 h")
                .contains("Readings: 5 of 10 at 0 h; 4 of 10 at 24 h; 3 of 10 at 52.5 h.")
                .contains("The latest reading, 3 of 10 at 52.5 h, is past the time in which it usually eases.")
                .endsWith("Compared with Sports, Fri 27 Nov, 01:05: 2 of 10 at 0 h; 0 of 10 at 12 h.");
    }

    @Test
    void aLatestReadingWithinTheUsualHoursOrAtZero() {
        ChartSeries early = new ChartSeries(1, "Deep tissue", 24, 48, "", DEEP.points().subList(0, 2));
        ChartSeries eased = new ChartSeries(2, "Sports", 12, 24, "", SPORTS.points());

        assertThat(ChartWords.describe(List.of(early), Language.ENGLISH.messages()))
                .endsWith("The latest reading, 4 of 10 at 24 h, is within the time in which it usually eases.");
        assertThat(ChartWords.describe(List.of(eased), Language.ENGLISH.messages()))
                .endsWith("The latest reading, at 12 h, is 0: no soreness.");
        assertThat(ChartWords.describe(List.of(), Language.ENGLISH.messages())).isEqualTo("Soreness chart: no readings yet.");
    }

    @Test
    void inGermanWithGermanNumbers() {
        String words = ChartWords.describe(List.of(DEEP), Language.GERMAN.messages());

        assertThat(words).contains("3 von 10 nach 52,5 h").contains("liegt nach der Zeit, in der Muskelkater meist abklingt");
    }
}
