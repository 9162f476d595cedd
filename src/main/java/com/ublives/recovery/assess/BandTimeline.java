package com.ublives.recovery.assess;

import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;

import java.util.ArrayList;
import java.util.List;

/**
 * The expected band on an hour axis from 0 to 72+: a track, the band's window highlighted, tick
 * labels, and a marker where "now" is. Only drawing: the numbers come from {@link PlanPage.Timeline}.
 */
final class BandTimeline extends Region {

    private static final double TRACK_Y = 30;
    private static final double TRACK_HEIGHT = 14;

    private final Region track = new Region();
    private final Region window = new Region();
    private final Line nowLine = new Line();
    private final Label nowLabel = new Label();
    private final List<Label> tickLabels = new ArrayList<>();
    private PlanPage.Timeline timeline;

    BandTimeline() {
        getStyleClass().add("band-timeline");
        track.getStyleClass().add("track");
        window.getStyleClass().add("window");
        nowLine.getStyleClass().add("now-line");
        nowLabel.getStyleClass().add("now-label");
        getChildren().addAll(track, window, nowLine, nowLabel);
        setMinHeight(72);
        setPrefHeight(72);
    }

    void show(PlanPage.Timeline value) {
        timeline = value;
        getChildren().removeAll(tickLabels);
        tickLabels.clear();
        nowLabel.setText(value.nowLabel());
        for (String text : value.tickLabels()) {
            Label label = new Label(text);
            label.getStyleClass().add("tick");
            tickLabels.add(label);
        }
        getChildren().addAll(1, tickLabels);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (timeline == null) {
            return;
        }
        double left = snappedLeftInset() + 14;
        double width = getWidth() - left - snappedRightInset() - 14;
        double perHour = width / timeline.axisEnd();
        track.resizeRelocate(left, TRACK_Y, width, TRACK_HEIGHT);
        double windowEnd = timeline.openEnded() ? timeline.axisEnd() : timeline.windowTo();
        window.resizeRelocate(left + timeline.windowFrom() * perHour, TRACK_Y,
                (windowEnd - timeline.windowFrom()) * perHour, TRACK_HEIGHT);
        for (int i = 0; i < tickLabels.size(); i++) {
            Label tick = tickLabels.get(i);
            double x = left + timeline.ticks().get(i) * perHour;
            double w = tick.prefWidth(-1);
            layoutInArea(tick, x - w / 2, TRACK_Y + TRACK_HEIGHT + 6, w, tick.prefHeight(w), 0, HPos.CENTER, VPos.TOP);
        }
        double nowX = Math.round(left + timeline.now() * perHour) + 0.5;
        nowLine.setStartX(nowX);
        nowLine.setEndX(nowX);
        nowLine.setStartY(TRACK_Y - 6);
        nowLine.setEndY(TRACK_Y + TRACK_HEIGHT + 4);
        double labelWidth = nowLabel.prefWidth(-1);
        double labelX = Math.max(0, Math.min(nowX - labelWidth / 2, getWidth() - labelWidth));
        nowLabel.resizeRelocate(labelX, TRACK_Y - 8 - nowLabel.prefHeight(-1), labelWidth, nowLabel.prefHeight(-1));
    }
}
