package com.ublives.recovery.journal.screen;

import com.ublives.recovery.journal.ChartData;
import com.ublives.recovery.journal.CheckIn;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

/** Turns the journal's chart data into series with the words each point shows on hover. */
final class ChartPresenter {

    private final RowPresenter rows;
    private final ResourceBundle texts;

    ChartPresenter(RowPresenter rows, ResourceBundle texts) {
        this.rows = rows;
        this.texts = texts;
    }

    ChartSeries series(ChartData data) {
        var recovery = data.recovery();
        List<ChartSeries.Point> points = new ArrayList<>();
        for (ChartData.Point p : data.points()) {
            CheckIn c = p.checkIn();
            if (c == null) {
                points.add(new ChartSeries.Point(0, p.soreness(), "start-" + recovery.id(),
                        MessageFormat.format(texts.getString("journal.chart.start"), p.soreness()), false));
            } else {
                points.add(new ChartSeries.Point(p.hours(), p.soreness(), "point-" + c.id(), details(c), c.judgement().hasRedFlag()));
            }
        }
        String name = MessageFormat.format(texts.getString("journal.chart.legend"), rows.massageName(recovery.massage()),
                rows.when(recovery.startedAt()));
        // the band by its course, not its name: "Moderate soreness" would read as a soreness nobody gave
        String band = data.expectedBand().course();
        return new ChartSeries(recovery.id(), name, data.expectedBand().minHours(), data.expectedBand().maxHours(),
                band, points);
    }

    private String details(CheckIn c) {
        CheckInRow row = rows.checkInRow(c);
        StringBuilder text = new StringBuilder(MessageFormat.format(texts.getString("journal.chart.point"), row.when(),
                row.hours(), c.soreness(), row.quality(), row.status()));
        if (!row.warnings().isEmpty()) {
            text.append('\n').append(texts.getString("journal.chart.warnings"));
            row.warnings().forEach(w -> text.append('\n').append(w.named()));
        }
        if (c.note() != null && !c.note().isBlank()) {
            String note = c.note().strip();
            text.append('\n').append(MessageFormat.format(texts.getString("journal.chart.note"),
                    note.length() > 120 ? note.substring(0, 119) + "\u2026" : note));
        }
        return text.toString();
    }
}
