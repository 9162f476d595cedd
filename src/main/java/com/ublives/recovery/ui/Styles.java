package com.ublives.recovery.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** Style classes that follow a value, so colours live in CSS and not in code. */
public final class Styles {

    private Styles() {
    }

    public static void toggle(Node node, String styleClass, boolean on) {
        if (on && !node.getStyleClass().contains(styleClass)) {
            node.getStyleClass().add(styleClass);
        } else if (!on) {
            node.getStyleClass().removeAll(styleClass);
        }
    }

    /** Keeps exactly one class prefix+value on the node, e.g. "severity-moderate". */
    public static void bindVariant(Node node, String prefix, ObservableStringValue value) {
        setVariant(node, prefix, value.get());
        value.addListener((obs, old, now) -> setVariant(node, prefix, now));
    }

    public static void setVariant(Node node, String prefix, String value) {
        node.getStyleClass().removeIf(c -> c.startsWith(prefix));
        if (value != null && !value.isEmpty()) {
            node.getStyleClass().add(prefix + value);
        }
    }
}
