package com.ublives.recovery.ui;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * A strip that is as tall as what it holds while that fits in a share of another height (the screen's), and
 * scrolls beyond: the journal's reminders at 200 % text took two thirds of the window and left the journal
 * itself a sliver. (A plain ScrollPane asks its content's height at no width, so wrapped text is measured as
 * one line and the strip would scroll at any size.)
 */
public final class ShortScroll extends ScrollPane {

    private final ObservableDoubleValue of;
    private final double share;

    public ShortScroll(Node content, ObservableDoubleValue of, double share) {
        super(content);
        this.of = of;
        this.share = share;
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        getStyleClass().add("short-scroll");
        of.addListener(o -> requestLayout());
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double inner = width < 0 ? -1 : Math.max(0, width - in.getLeft() - in.getRight());
        double whole = getContent().prefHeight(inner) + in.getTop() + in.getBottom();
        return of.get() <= 0 ? whole : Math.min(whole, of.get() * share);
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }
}
