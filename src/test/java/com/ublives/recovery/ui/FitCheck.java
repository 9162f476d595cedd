package com.ublives.recovery.ui;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a screen fits its window: no labelled control on view shows its text cut (JavaFX puts the
 * Labeled's ellipsis string in the drawn text, or draws nothing at all when even that does not fit),
 * nothing on view scrolls sideways (a ScrollPane whose content is wider than its viewport, or a list or
 * table showing a horizontal scroll bar), no control runs past the window's right edge, and an icon that
 * leads a text (a label's graphic, or an icon just before a label in a row) sits beside the text's first
 * line, where reading starts: a label centres its graphic on all its lines, and at 200 % text the journal's
 * banner showed its first lines in its scrolling strip with the warning icon below them, out of view. Nor
 * does a label run under a control beside it in a row or grid (the client form's "Sheet language" under its
 * box), nor does a wrapping text break a word because the word alone is wider than its room (a client's
 * name in a narrow list read "Fernán / dez"). Call on the FX thread after a layout pass.
 */
public final class FitCheck {

    private FitCheck() {
    }

    /** One line per problem, naming the control and what it shows; empty when everything fits. */
    public static List<String> problems(Parent root) {
        root.applyCss();
        root.layout();
        List<String> problems = new ArrayList<>();
        visit(root, problems, root.getLayoutBounds().getWidth(), false);
        return problems;
    }

    /**
     * inScroller: the node lies in something that scrolls (a scroll pane, a list, a table), whose own
     * check covers what runs past its edge; elsewhere a control past the window's right edge is cut off.
     */
    private static void visit(Node node, List<String> problems, double windowWidth, boolean inScroller) {
        if (!node.isVisible()) {
            return;
        }
        if (!inScroller && node instanceof javafx.scene.control.Control control
                && control.localToScene(control.getLayoutBounds()).getMaxX() > windowWidth + 1) {
            problems.add("past the window's right edge: " + describe(control)
                    + (control instanceof Labeled l ? " \"" + l.getText() + "\"" : ""));
            return;
        }
        boolean scrolls = inScroller || node instanceof ScrollPane || node instanceof javafx.scene.control.ListView
                || node instanceof javafx.scene.control.TableView;
        if (node instanceof Labeled labeled) {
            String cut = cut(labeled);
            if (cut != null) {
                problems.add("cut: " + describe(labeled) + " \"" + labeled.getText() + "\" shows \"" + cut + "\"");
            }
        }
        if (node instanceof Labeled labeled && labeled.isWrapText()) {
            String broken = brokenWord(labeled);
            if (broken != null) {
                problems.add("a word broken across lines: " + describe(labeled) + " \"" + labeled.getText() + "\" " + broken);
            }
        }
        if (node instanceof javafx.scene.layout.GridPane || node instanceof javafx.scene.layout.HBox
                || node instanceof javafx.scene.layout.VBox || node instanceof javafx.scene.layout.FlowPane) {
            overlaps((Parent) node, problems);
        }
        String drifted = iconBelowFirstLine(node);
        if (drifted != null) {
            problems.add("icon below its text's first line: " + drifted);
        }
        if (node instanceof javafx.scene.control.TextField field && shortField(field)) {
            String cut = cutField(field);
            if (cut != null) {
                problems.add("cut: " + describe(field) + " \"" + field.getText() + "\" " + cut);
            }
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            double content = scroll.getContent().getLayoutBounds().getWidth();
            double viewport = scroll.getViewportBounds().getWidth();
            if (content > viewport + 0.5) {
                problems.add("scrolls sideways: " + describe(scroll) + " content " + Math.round(content)
                        + " px in a " + Math.round(viewport) + " px viewport, past it: "
                        + widest(scroll.getContent(), scroll.getContent(), viewport));
            }
        }
        if (node instanceof javafx.scene.control.TableView<?> table) {
            String hidden = columnsPastTheEdge(table);
            if (hidden != null) {
                problems.add("cut: " + describe(table) + hidden);
            }
        }
        if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL
                && bar.getMax() - bar.getMin() > 0.5 && bar.getVisibleAmount() < bar.getMax() - bar.getMin()
                && !bar.getParent().getStyleClass().contains("slider")) {
            problems.add("scrolls sideways: a horizontal scroll bar in " + describe(ancestorControl(bar)));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visit(child, problems, windowWidth, scrolls);
            }
        }
    }

    /**
     * A table's columns wider together than the table, with no horizontal scroll bar to reach the rest (a table
     * whose columns share its width shows none): the columns past its edge are hidden.
     */
    private static String columnsPastTheEdge(javafx.scene.control.TableView<?> table) {
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumnBase::getWidth).sum();
        double vertical = 0;
        boolean horizontal = false;
        for (Node n : table.lookupAll(".scroll-bar")) {
            if (n instanceof ScrollBar bar && bar.isVisible()) {
                if (bar.getOrientation() == Orientation.VERTICAL) {
                    vertical += bar.getWidth();
                } else {
                    horizontal = true;
                }
            }
        }
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - vertical;
        return !horizontal && columns > room + 1
                ? " has columns " + Math.round(columns) + " px wide in " + Math.round(room) + " px, with no scroll bar to reach the rest"
                : null;
    }

    /** A word of the text wider than the room the label gives its text: the skin breaks it inside the word. */
    private static String brokenWord(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getWidth() <= 0) {
            return null;
        }
        double room = labeled.getWidth() - labeled.snappedLeftInset() - labeled.snappedRightInset();
        Node graphic = labeled.getGraphic();
        if (graphic != null && graphic.isVisible() && (labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT
                || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.RIGHT)) {
            room -= graphic.getLayoutBounds().getWidth() + labeled.getGraphicTextGap();
        }
        Text measure = new Text();
        measure.setFont(labeled.getFont());
        // JavaFX breaks a line only at white space, not after a hyphen: "Shiatsu-Massagekissen" was drawn as
        // "Shiatsu-Massagekisse" and "n" in a room wide enough for "Massagekissen" (German plan, 200 %)
        for (String word : text.replace("_", "").split("\\s+")) {
            measure.setText(word);
            double needs = measure.getLayoutBounds().getWidth();
            if (needs > room + 1) {
                return "(\"" + word + "\" needs " + Math.round(needs) + " px and has " + Math.round(room) + " px)";
            }
        }
        return null;
    }

    /** A label whose text a control beside it in the same row, column or grid covers. */
    private static void overlaps(Parent pane, List<String> problems) {
        List<Node> shown = pane.getChildrenUnmodifiable().stream().filter(n -> n.isVisible() && n.isManaged()).toList();
        for (Node a : shown) {
            if (!(a instanceof Labeled label) || label.getText() == null || label.getText().isBlank()) {
                continue;
            }
            for (Node b : shown) {
                if (b != a && b instanceof javafx.scene.control.Control) {
                    javafx.geometry.Bounds x = a.getBoundsInParent();
                    javafx.geometry.Bounds y = b.getBoundsInParent();
                    double w = Math.min(x.getMaxX(), y.getMaxX()) - Math.max(x.getMinX(), y.getMinX());
                    double h = Math.min(x.getMaxY(), y.getMaxY()) - Math.max(x.getMinY(), y.getMinY());
                    if (w > 1 && h > 1) {
                        problems.add("overlapped: " + describe(a) + " \"" + label.getText() + "\" under "
                                + describe(b) + " by " + Math.round(w) + " px");
                    }
                }
            }
        }
    }

    /**
     * The icon and the label it leads, when the icon's top is below the bottom of the label's first line:
     * the label's graphic (left or right of the text), or an icon followed by a label in a row.
     */
    private static String iconBelowFirstLine(Node node) {
        Node icon;
        Labeled label;
        if (node instanceof Labeled l && l.getGraphic() != null && l.getGraphic().isVisible()
                && (l.getContentDisplay() == javafx.scene.control.ContentDisplay.LEFT
                || l.getContentDisplay() == javafx.scene.control.ContentDisplay.RIGHT)) {
            icon = l.getGraphic();
            label = l;
        } else if (node instanceof org.kordamp.ikonli.javafx.FontIcon && node.getParent() instanceof javafx.scene.layout.HBox row) {
            int at = row.getChildren().indexOf(node);
            if (at < 0 || at + 1 >= row.getChildren().size() || !(row.getChildren().get(at + 1) instanceof Labeled next)) {
                return null;
            }
            icon = node;
            label = next;
        } else {
            return null;
        }
        Text drawn = null;
        for (Node child : label.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                drawn = t;
            }
        }
        if (drawn == null || drawn.getText() == null || drawn.getText().isBlank()) {
            return null;
        }
        Text line = new Text("X");
        line.setFont(label.getFont());
        double firstLineBottom = drawn.localToScene(drawn.getLayoutBounds()).getMinY() + line.getLayoutBounds().getHeight();
        double iconTop = icon.localToScene(icon.getLayoutBounds()).getMinY();
        return iconTop > firstLineBottom + 1 ? describe(label) + " \"" + label.getText() + "\": the icon starts "
                + Math.round(iconTop - firstLineBottom) + " px below the first line" : null;
    }

    /** A date's or a time's field, or another few-character field: its text must show whole, not scroll. */
    private static boolean shortField(javafx.scene.control.TextField field) {
        return field.getParent() instanceof javafx.scene.control.DatePicker || field.getPrefColumnCount() <= 6;
    }

    /** How much of a short field's text is hidden, when its text (or prompt) is wider than the room inside it. */
    private static String cutField(javafx.scene.control.TextField field) {
        String text = field.getText() == null || field.getText().isEmpty() ? field.getPromptText() : field.getText();
        if (text == null || text.isEmpty()) {
            return null;
        }
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(field.getFont());
        double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
        double needs = measure.getLayoutBounds().getWidth();
        return needs > room + 1 ? "needs " + Math.round(needs) + " px and has " + Math.round(room) + " px" : null;
    }

    /** The text the skin draws when it differs from the Labeled's by an ellipsis or by being empty. */
    private static String cut(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank() || labeled.getContentDisplay() == javafx.scene.control.ContentDisplay.GRAPHIC_ONLY) {
            return null;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text drawn && child.getStyleClass().contains("text")) {
                String shown = drawn.getText();
                String ellipsis = labeled.getEllipsisString();
                boolean ellipsed = !ellipsis.isEmpty() && shown.contains(ellipsis) && !text.contains(ellipsis);
                if (ellipsed || shown.isBlank()) {
                    return shown;
                }
            }
        }
        return null;
    }

    /**
     * What makes the content too wide: the innermost node past the viewport's right edge, or else the
     * chain of the widest least widths (a node cannot be laid out narrower than its least width).
     */
    private static String widest(Node content, Node node, double viewport) {
        if (node instanceof Parent parent && !(node instanceof javafx.scene.control.Control)) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible() && content.sceneToLocal(child.localToScene(child.getLayoutBounds())).getMaxX() > viewport + 0.5) {
                    return widest(content, child, viewport);
                }
            }
            Node widestChild = null;
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible() && child.isManaged() && (widestChild == null || child.minWidth(-1) > widestChild.minWidth(-1))) {
                    widestChild = child;
                }
            }
            if (widestChild != null && widestChild.minWidth(-1) > 0) {
                return describe(node) + " > " + widest(content, widestChild, viewport);
            }
        }
        return describe(node) + " (least width " + Math.round(node.minWidth(-1)) + " px)";
    }

    private static Node ancestorControl(Node node) {
        Node at = node.getParent();
        while (at != null && !(at instanceof javafx.scene.control.Control)) {
            at = at.getParent();
        }
        return at == null ? node : at;
    }

    private static String describe(Node node) {
        String id = node.getId() == null ? "" : "#" + node.getId();
        return node.getClass().getSimpleName() + id + "." + String.join(".", node.getStyleClass());
    }
}
