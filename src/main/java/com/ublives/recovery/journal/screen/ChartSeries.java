package com.ublives.recovery.journal.screen;

import java.util.List;

/**
 * One recovery as the chart draws it: its points, and the hours in which its soreness was expected to
 * ease (the band shaded behind it). pointId names each point's node ("point-7", "start-3") for tests.
 */
public record ChartSeries(long recoveryId, String name, int expectedFromHours, int expectedToHours,
                          String bandLabel, List<Point> points) {

    public ChartSeries {
        points = List.copyOf(points);
    }

    public record Point(double hours, int soreness, String pointId, String details, boolean redFlag) {
    }
}
