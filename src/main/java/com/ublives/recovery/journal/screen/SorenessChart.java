package com.ublives.recovery.journal.screen;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import java.util.List;
import java.util.ResourceBundle;

/**
 * Soreness (0–10) over hours since the massage: one line per recovery, the hours in which the first one
 * was expected to ease shaded behind the lines, and a line at 72 hours. Each check-in is a point with
 * its details on hover (and as accessible help, which screen readers and tests read).
 */
final class SorenessChart extends LineChart<Number, Number> {

    static final int WATCH_HOURS = 72;

    private final NumberAxis hours;
    private final NumberAxis soreness;
    private final Rectangle band = new Rectangle();
    private final Label bandLabel = new Label();
    private final Line watchLine = new Line();
    private final Label watchLabel;
    private int bandFrom;
    private int bandTo;
    private final ResourceBundle texts;

    SorenessChart(ResourceBundle texts) {
        super(new NumberAxis(0, 96, 12), new NumberAxis(0, 10, 1));
        this.texts = texts;
        // a picture to a screen reader, named by what it shows in words (ChartWords)
        setAccessibleRole(javafx.scene.AccessibleRole.IMAGE_VIEW);
        setAccessibleText(ChartWords.describe(List.of(), texts));
        hours = (NumberAxis) getXAxis();
        soreness = (NumberAxis) getYAxis();
        hours.setLabel(texts.getString("journal.chart.hours"));
        soreness.setLabel(texts.getString("journal.chart.soreness"));
        hours.setAutoRanging(false);
        soreness.setAutoRanging(false);
        hours.setMinorTickVisible(false);
        soreness.setMinorTickVisible(false);
        setAnimated(false);
        setCreateSymbols(true);
        setLegendVisible(true);
        getStyleClass().add("soreness-chart");
        band.getStyleClass().add("expected-band");
        band.setManaged(false);
        bandLabel.getStyleClass().add("expected-label");
        bandLabel.setManaged(false);
        watchLine.getStyleClass().add("watch-line");
        watchLine.setManaged(false);
        watchLabel = new Label(texts.getString("journal.chart.watch"));
        watchLabel.getStyleClass().add("watch-label");
        watchLabel.setManaged(false);
        getPlotChildren().addAll(band, bandLabel, watchLine, watchLabel);
    }

    /** Draws these recoveries; the first one's expected hours are shaded. */
    void show(List<ChartSeries> list) {
        setAccessibleText(ChartWords.describe(list, texts));
        getData().clear();
        double last = 0;
        for (ChartSeries s : list) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(s.name());
            for (ChartSeries.Point p : s.points()) {
                XYChart.Data<Number, Number> data = new XYChart.Data<>(p.hours(), p.soreness());
                data.setNode(symbol(p));
                series.getData().add(data);
                last = Math.max(last, p.hours());
            }
            getData().add(series);
        }
        // Room past the latest point and always past the 72-hour line, in whole half-days.
        hours.setUpperBound(Math.max(96, Math.ceil((last + 6) / 12) * 12));
        hours.setTickUnit(hours.getUpperBound() > 240 ? 24 : 12);
        boolean any = !list.isEmpty();
        band.setVisible(any);
        bandLabel.setVisible(any);
        if (any) {
            bandFrom = list.get(0).expectedFromHours();
            bandTo = list.get(0).expectedToHours();
            bandLabel.setText(list.get(0).bandLabel());
        }
        requestChartLayout();
    }

    private static Node symbol(ChartSeries.Point p) {
        StackPane node = new StackPane();
        node.setId(p.pointId());
        node.setAccessibleHelp(p.details());
        if (p.redFlag()) {
            node.getStyleClass().add("red-flag-point");
        }
        Tooltip tip = new Tooltip(p.details());
        tip.setShowDelay(Duration.millis(150));
        tip.setShowDuration(Duration.seconds(30));
        Tooltip.install(node, tip);
        return node;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double top = soreness.getDisplayPosition(10);
        double bottom = soreness.getDisplayPosition(0);
        double x0 = hours.getDisplayPosition(bandFrom);
        double x1 = hours.getDisplayPosition(bandTo);
        band.setX(x0);
        band.setY(top);
        band.setWidth(Math.max(0, x1 - x0));
        band.setHeight(bottom - top);
        // Inside the band when it fits; a narrow band lets its label run on to the right.
        double labelWidth = x1 - x0 - 8 >= 90 ? x1 - x0 - 8 : Math.min(bandLabel.prefWidth(-1), 150);
        bandLabel.setWrapText(true);
        bandLabel.resizeRelocate(x0 + 4, top + 4, labelWidth, bandLabel.prefHeight(labelWidth));
        double watch = hours.getDisplayPosition(WATCH_HOURS);
        watchLine.setStartX(watch);
        watchLine.setEndX(watch);
        watchLine.setStartY(top);
        watchLine.setEndY(bottom);
        watchLabel.resizeRelocate(watch + 4, top + 4, watchLabel.prefWidth(-1), watchLabel.prefHeight(-1));
        band.toBack();
    }
}
