package com.ublives.recovery.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Dates, times and numbers as each language writes and reads them, whatever the computer's locale. */
class ConventionsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Tuesday 1 December 2026, 09:30 in Berlin. */
    private static final Instant AT = Instant.parse("2026-12-01T08:30:00Z");
    private final Locale system = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(system);
    }

    @Test
    void englishWritesDayMonthAndTwentyFourHourTimes() {
        Conventions en = Conventions.of(Language.ENGLISH);

        assertThat(en.dateTime(AT, BERLIN)).isEqualTo("Tue 1 Dec, 09:30");
        assertThat(en.dateTimeWithYear(AT, BERLIN)).isEqualTo("1 Dec 2026, 9:30");
        assertThat(en.date(LocalDate.of(2026, 12, 1))).isEqualTo("1 Dec 2026");
        assertThat(en.hours(12.5)).isEqualTo("12.5");
        assertThat(en.dateTime(null, BERLIN)).isEmpty();
    }

    @Test
    void germanWritesGermanNamesAndADecimalComma() {
        Conventions de = Conventions.of(Language.GERMAN);

        assertThat(de.dateTime(AT, BERLIN)).isEqualTo("Di., 1. Dez., 09:30");
        assertThat(de.dateTimeWithYear(AT, BERLIN)).isEqualTo("1. Dez. 2026, 9:30");
        assertThat(de.date(LocalDate.of(2026, 5, 12))).isEqualTo("12. Mai 2026");
        assertThat(de.hours(12.5)).isEqualTo("12,5");
        assertThat(de.number(1234.56, 1)).as("no grouping: hours read as one word").isEqualTo("1234,6");
    }

    @Test
    void hoursHaveOneDecimalRoundedHalfUpWithoutATrailingZeroAndAreNeverNegative() {
        Conventions de = Conventions.of(Language.GERMAN);

        assertThat(de.hours(30)).isEqualTo("30");
        assertThat(de.hours(30.04)).isEqualTo("30");
        assertThat(de.hours(0.15)).as("the decimal a person sees, not the binary one below it").isEqualTo("0,2");
        assertThat(de.hours(-0.4)).isEqualTo("0");
    }

    @Test
    void aTurkishComputerKeepsEnglishAndGermanConventions() {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));

        assertThat(Language.of(Locale.getDefault())).isEqualTo(Language.ENGLISH);
        assertThat(Conventions.of(Language.ENGLISH).dateTime(AT, BERLIN)).isEqualTo("Tue 1 Dec, 09:30");
        assertThat(Conventions.of(Language.ENGLISH).hours(12.5)).isEqualTo("12.5");
        assertThat(Conventions.of(Language.GERMAN).dateTime(AT, BERLIN)).isEqualTo("Di., 1. Dez., 09:30");
        assertThat(Conventions.of(Language.GERMAN).parseDate("1.12.2026", 2026)).contains(LocalDate.of(2026, 12, 1));
    }

    @Test
    void anAustrianComputerKeepsItsRegionForGerman() {
        Locale.setDefault(Locale.forLanguageTag("de-AT"));

        Conventions de = Conventions.of(Language.GERMAN);

        assertThat(de.locale()).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(de.date(LocalDate.of(2026, 1, 5))).as("Austrian German says Jänner").isEqualTo("5. Jän. 2026");
    }

    @Test
    void germanReadsDaysAsPeopleTypeThem() {
        Conventions de = Conventions.of(Language.GERMAN);
        LocalDate first = LocalDate.of(2026, 12, 1);

        assertThat(de.parseDate("01.12.2026", 2025)).contains(first);
        assertThat(de.parseDate("1.12.2026", 2025)).contains(first);
        assertThat(de.parseDate("1.12.26", 2025)).contains(first);
        assertThat(de.parseDate(" 1.12. ", 2026)).as("without a year: this year").contains(first);
        assertThat(de.parseDate("1. Dez. 2026", 2025)).contains(first);
        assertThat(de.parseDate("2026-12-01", 2025)).as("ISO, as before").contains(first);
        assertThat(de.parseDate("31.2.2026", 2026)).as("no 31 February").isEqualTo(Optional.empty());
        assertThat(de.parseDate("morgen", 2026)).isEmpty();
        assertThat(de.parseDate("  ", 2026)).isEmpty();
    }

    @Test
    void englishStillReadsWhatItReadBefore() {
        Conventions en = Conventions.of(Language.ENGLISH);
        LocalDate first = LocalDate.of(2026, 12, 1);

        assertThat(en.parseDate("Dec 1, 2026", 2025)).as("the locale's medium form, as the date field showed it").contains(first);
        assertThat(en.parseDate("1 Dec 2026", 2025)).contains(first);
        assertThat(en.parseDate("2026-12-01", 2025)).contains(first);
        assertThat(en.parseDate("1 December", 2026)).contains(first);
    }

    @Test
    void aDateFieldWritesDaysAsTheyAreTypedBackAndReadsWhatItWrites() {
        Locale.setDefault(Locale.US);
        Conventions de = Conventions.of(Language.GERMAN);
        Conventions en = Conventions.of(Language.ENGLISH);
        LocalDate day = LocalDate.of(2026, 11, 30);

        assertThat(de.dateField(day)).isEqualTo("30.11.2026");
        assertThat(de.dateField(LocalDate.of(2026, 12, 1))).isEqualTo("01.12.2026");
        assertThat(en.dateField(day)).as("as the window's other English dates").isEqualTo("30 Nov 2026");
        assertThat(de.dateField(null)).isEmpty();
        assertThat(de.parseDate(de.dateField(day), 2025)).contains(day);
        assertThat(en.parseDate(en.dateField(day), 2025)).contains(day);
        assertThat(de.parseDate("30.11.26", 2025)).as("two digits of the year, not the year 26").contains(day);
        assertThat(en.parseDate("11/30/26", 2025)).as("an American computer's short form").contains(day);
    }

    @Test
    void aMomentInAPhraseIsWrittenInTheReadersLanguage() {
        Phrase closed = Phrase.of("input.recovery.closed", 3L, new Moment(AT, BERLIN));

        assertThat(closed.in(Language.ENGLISH)).contains("3 was closed on 1 Dec 2026, 9:30");
        assertThat(closed.in(Language.GERMAN)).contains("3 wurde am 1. Dez. 2026, 9:30 abgeschlossen");
    }
}
