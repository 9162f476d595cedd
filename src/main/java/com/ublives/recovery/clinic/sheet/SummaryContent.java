package com.ublives.recovery.clinic.sheet;

import com.ublives.recovery.clinic.Paper;

import java.util.List;
import java.util.Objects;

/**
 * A one-page summary of a recovery, for a person to show a therapist or a doctor, as plain words and numbers:
 * the caller has put everything into the person's language, the renderer only lays it out (with the sheet's
 * fonts, so names in any script print). Sections come in the order given: a red flag's section first.
 */
public record SummaryContent(Paper paper, String language, String title, String subtitle, List<Fact> facts,
                             Chart chart, List<Section> sections, String footer) {

    /** "Massage: Deep tissue", "Sore areas: Neck, Lower back"... */
    public record Fact(String label, String value) {
    }

    /** A reading: soreness at hours after the massage; alert when a red flag was reported with it. */
    public record Point(double hours, int soreness, boolean alert) {
    }

    /**
     * Soreness (0–10) against hours, the hours in which it was expected to ease shaded (expectedFrom to
     * expectedTo), and a line at watchHours.
     */
    public record Chart(String heading, String hoursAxis, String sorenessAxis, int expectedFrom, int expectedTo,
                        String expectedLabel, int watchHours, String watchLabel, List<Point> points) {
        public Chart {
            points = List.copyOf(points);
        }
    }

    /** A bold lead-in and its text; alert entries (red flags) are printed in the alert colour. */
    public record Entry(String lead, String text, boolean alert) {
    }

    /** A heading, an optional note under it (null for none), and its entries. */
    public record Section(String heading, String note, List<Entry> entries, boolean alert) {
        public Section {
            entries = List.copyOf(entries);
        }
    }

    public SummaryContent {
        paper = paper == null ? Paper.A4 : paper;
        language = language == null || language.isBlank() ? "en" : language;
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        footer = footer == null ? "" : footer;
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(chart, "chart");
    }
}
