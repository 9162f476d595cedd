package com.ublives.recovery.journal.screen;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The soreness chart in words, for a screen reader, which cannot see its lines: each recovery's readings, the
 * hours in which its soreness usually eases, and where the latest reading stands against them.
 */
final class ChartWords {

    private ChartWords() {
    }

    static String describe(List<ChartSeries> list, ResourceBundle texts) {
        if (list.isEmpty() || list.get(0).points().isEmpty()) {
            return texts.getString("journal.chart.access.none");
        }
        ChartSeries first = list.get(0);
        StringBuilder words = new StringBuilder(format(texts, "journal.chart.access", first.name(),
                first.expectedFromHours(), first.expectedToHours(), readings(first, texts), latest(first, texts)));
        for (ChartSeries other : list.subList(1, list.size())) {
            words.append(' ').append(format(texts, "journal.chart.access.compare", other.name(), readings(other, texts)));
        }
        return words.toString();
    }

    private static String readings(ChartSeries series, ResourceBundle texts) {
        return series.points().stream()
                .map(p -> format(texts, "journal.chart.access.reading", p.soreness(), p.hours()))
                .collect(Collectors.joining("; "));
    }

    private static String latest(ChartSeries series, ResourceBundle texts) {
        ChartSeries.Point last = series.points().get(series.points().size() - 1);
        if (last.soreness() == 0) {
            return format(texts, "journal.chart.access.eased", last.hours());
        }
        String key = last.hours() > series.expectedToHours() ? "journal.chart.access.past" : "journal.chart.access.within";
        return format(texts, key, last.soreness(), last.hours());
    }

    /** Numbers as the bundle's language writes them (30,5 h in German). */
    private static String format(ResourceBundle texts, String key, Object... values) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(values);
    }
}
