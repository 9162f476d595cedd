package com.ublives.recovery.journal;

import com.ublives.recovery.rules.Band;

import java.util.List;

/**
 * What the chart of one recovery draws: soreness over hours since the massage (the soreness at the end
 * of the massage at hour 0 when known, then each check-in), the band expected at the start shaded,
 * and a line at watchHours (72).
 */
public record ChartData(Recovery recovery, Band expectedBand, int watchHours, List<CheckIn> checkIns) {

    public ChartData {
        checkIns = List.copyOf(checkIns);
    }

    public record Point(double hours, int soreness, CheckIn checkIn) {
    }

    /** The points in time order; the start point (end of the massage) has no check-in. */
    public List<Point> points() {
        java.util.ArrayList<Point> points = new java.util.ArrayList<>(checkIns.size() + 1);
        if (recovery.endSoreness() != null) {
            points.add(new Point(0, recovery.endSoreness(), null));
        }
        for (CheckIn c : checkIns) {
            points.add(new Point(c.judgement().hours(), c.soreness(), c));
        }
        return points;
    }
}
