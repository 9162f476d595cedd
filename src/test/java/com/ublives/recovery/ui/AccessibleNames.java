package com.ublives.recovery.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;
import javafx.scene.image.ImageView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a screen reader has to say for each control a person can reach with Tab: its accessible name
 * (JavaFX's accessibleText, a Labeled's own text, or a Label whose labelFor is the control), and for
 * pictures (ImageView) and charts an accessibleText (a chart's says in words what its lines show). Walks the controls a person sees: containers (scroll panes,
 * titled panes, the chosen tab) are entered, a control's own inner parts (a combo box's editor) are not.
 */
public final class AccessibleNames {

    private AccessibleNames() {
    }

    /** One line per control or picture without a name; call on the FX thread. */
    public static List<String> missing(Parent root) {
        root.applyCss();
        root.layout();
        List<Node> reachable = new ArrayList<>();
        Set<Node> labelled = new HashSet<>();
        walk(root, reachable, labelled);
        List<String> missing = new ArrayList<>();
        for (Node node : reachable) {
            if (node instanceof ImageView || node instanceof javafx.scene.chart.Chart) {
                if (blank(node.getAccessibleText())) {
                    missing.add("a picture without text: " + describe(node));
                }
            } else if (!named(node, labelled)) {
                missing.add("no accessible name: " + describe(node));
            }
        }
        return missing;
    }

    private static boolean named(Node node, Set<Node> labelled) {
        if (!blank(node.getAccessibleText()) || labelled.contains(node)) {
            return true;
        }
        return node instanceof Labeled l && !blank(l.getText()) && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY;
    }

    private static void walk(Node node, List<Node> reachable, Set<Node> labelled) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelled.add(label.getLabelFor());
        }
        if (node instanceof ImageView || node instanceof javafx.scene.chart.Chart) {
            reachable.add(node);
            return;
        }
        if (node instanceof Control control) {
            if (control.isFocusTraversable() && !(control instanceof TabPane || control instanceof ScrollPane
                    || control instanceof SplitPane || control instanceof Accordion || control instanceof ToolBar
                    || control instanceof ButtonBar)) {
                reachable.add(control);
            }
            for (Node inside : containerContent(control)) {
                walk(inside, reachable, labelled);
            }
            if (control instanceof TabPane tabs) {
                for (Tab tab : tabs.getTabs()) {
                    if (blank(tab.getText()) && tab.getGraphic() != null && blank(tab.getGraphic().getAccessibleText())) {
                        reachable.add(tab.getGraphic());
                    }
                }
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, reachable, labelled);
            }
        }
    }

    /** What a container control shows of the screen's own nodes; nothing for other controls. */
    private static List<Node> containerContent(Control control) {
        List<Node> content = new ArrayList<>();
        if (control instanceof ScrollPane scroll && scroll.getContent() != null) {
            content.add(scroll.getContent());
        } else if (control instanceof TitledPane pane && pane.isExpanded() && pane.getContent() != null) {
            content.add(pane.getContent());
        } else if (control instanceof TabPane tabs && tabs.getSelectionModel().getSelectedItem() != null
                && tabs.getSelectionModel().getSelectedItem().getContent() != null) {
            content.add(tabs.getSelectionModel().getSelectedItem().getContent());
        } else if (control instanceof SplitPane split) {
            content.addAll(split.getItems());
        } else if (control instanceof Accordion accordion) {
            content.addAll(accordion.getPanes());
        } else if (control instanceof ToolBar bar) {
            content.addAll(bar.getItems());
        } else if (control instanceof ButtonBar bar) {
            content.addAll(bar.getButtons());
        }
        return content;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + id + "." + String.join(".", node.getStyleClass()) + text;
    }
}
