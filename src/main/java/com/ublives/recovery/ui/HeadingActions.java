package com.ublives.recovery.ui;

import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * A screen's heading with its buttons: the heading (first child, holding a label of style class "title") and
 * the buttons (second child) share a line while the title fits beside the buttons on one line of its own;
 * otherwise the buttons move below the heading, which then has the whole width. In a row that shrank the
 * heading to fit the buttons, a long German title ("Ihr Erholungstagebuch") was broken inside its word at
 * 200 % text size; letting the buttons wrap instead put the English title on two lines.
 */
public class HeadingActions extends Pane {

    private double spacing = 16;

    public HeadingActions() {
        getStyleClass().add("heading-actions-layout");
    }

    /** The room between the heading and the buttons, beside or below it. */
    public double getSpacing() {
        return spacing;
    }

    public void setSpacing(double spacing) {
        this.spacing = spacing;
        requestLayout();
    }

    private Node heading() {
        return getManagedChildren().isEmpty() ? null : getManagedChildren().get(0);
    }

    private Node actions() {
        return getManagedChildren().size() < 2 ? null : getManagedChildren().get(1);
    }

    /** The width the title needs on one line: its text unwrapped, or the heading's least width without one. */
    private double titleOnOneLine(Node heading) {
        Node title = heading.lookup(".title");
        return Math.max(heading.minWidth(-1), title == null ? 0 : title.prefWidth(-1));
    }

    /** Whether the title on one line and the buttons fit side by side in this inner width. */
    private boolean beside(double width) {
        Node heading = heading();
        Node actions = actions();
        return actions == null || heading == null
                || titleOnOneLine(heading) + spacing + actions.prefWidth(-1) <= width + 0.5;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        Node heading = heading();
        Node actions = actions();
        double least = Math.max(heading == null ? 0 : heading.minWidth(-1), actions == null ? 0 : actions.minWidth(-1));
        return snappedLeftInset() + least + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        Node heading = heading();
        Node actions = actions();
        double wish = (heading == null ? 0 : titleOnOneLine(heading))
                + (actions == null ? 0 : spacing + actions.prefWidth(-1));
        return snappedLeftInset() + wish + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        Node heading = heading();
        Node actions = actions();
        double height;
        if (heading == null || actions == null) {
            Node only = heading == null ? actions : heading;
            height = only == null ? 0 : only.prefHeight(inner);
        } else if (beside(inner)) {
            double buttons = actions.prefWidth(-1);
            height = Math.max(heading.prefHeight(inner - buttons - spacing), actions.prefHeight(buttons));
        } else {
            height = heading.prefHeight(inner) + spacing / 2 + actions.prefHeight(inner);
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double inner = getWidth() - left - snappedRightInset();
        Node heading = heading();
        Node actions = actions();
        if (heading == null || actions == null) {
            Node only = heading == null ? actions : heading;
            if (only != null) {
                layoutInArea(only, left, top, inner, only.prefHeight(inner), 0, javafx.geometry.HPos.LEFT, VPos.TOP);
            }
            return;
        }
        if (beside(inner)) {
            double buttons = actions.prefWidth(-1);
            double textWidth = inner - buttons - spacing;
            double textHeight = heading.prefHeight(textWidth);
            double buttonsHeight = actions.prefHeight(buttons);
            double row = Math.max(textHeight, buttonsHeight);
            layoutInArea(heading, left, top, textWidth, row, 0, javafx.geometry.HPos.LEFT, VPos.CENTER);
            layoutInArea(actions, left + inner - buttons, top, buttons, row, 0, javafx.geometry.HPos.RIGHT, VPos.CENTER);
        } else {
            double textHeight = heading.prefHeight(inner);
            layoutInArea(heading, left, top, inner, textHeight, 0, javafx.geometry.HPos.LEFT, VPos.TOP);
            double buttonsTop = top + textHeight + spacing / 2;
            // below the heading the buttons start where its text does, where the eye comes back to
            double buttons = Math.min(inner, actions.prefWidth(-1));
            layoutInArea(actions, left, buttonsTop, buttons, actions.prefHeight(buttons), 0, javafx.geometry.HPos.LEFT, VPos.TOP);
        }
    }
}
