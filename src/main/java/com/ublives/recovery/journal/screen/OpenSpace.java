package com.ublives.recovery.journal.screen;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Accordion;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToolBar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a pop-up may go in a window without covering anything a person types in, ticks or presses: the
 * bounds of every visible control (as far as its scroll pane shows it), and a search for a place of a
 * given size that touches none of them, bottom edge first, then the top edge.
 */
final class OpenSpace {

    static final double MARGIN = 24;
    private static final double STEP = 16;

    private OpenSpace() {
    }

    /** The top-left corner, in scene coordinates, of a free place of this size; empty when there is none. */
    static Optional<Point2D> find(Scene scene, double width, double height) {
        List<Bounds> taken = controls(scene);
        double right = scene.getWidth() - MARGIN - width;
        for (double y : new double[] {scene.getHeight() - MARGIN - height, MARGIN}) {
            for (double x = right; x >= MARGIN; x -= STEP) {
                Bounds place = new BoundingBox(x, y, width, height);
                if (free(place, taken)) {
                    return Optional.of(new Point2D(x, y));
                }
            }
        }
        return Optional.empty();
    }

    static boolean free(Bounds place, List<Bounds> taken) {
        return taken.stream().noneMatch(place::intersects);
    }

    /** The scene bounds of the visible controls a person can use, clipped to the scroll panes that hold them. */
    static List<Bounds> controls(Scene scene) {
        List<Bounds> found = new ArrayList<>();
        if (scene.getRoot() != null) {
            collect(scene.getRoot(), new BoundingBox(0, 0, scene.getWidth(), scene.getHeight()), found);
        }
        return found;
    }

    private static void collect(Node node, Bounds clip, List<Bounds> found) {
        if (!node.isVisible()) {
            return;
        }
        Bounds bounds = clipped(node.localToScene(node.getBoundsInLocal()), clip);
        if (bounds == null) {
            return;
        }
        if (isInput(node)) {
            found.add(bounds);
            return;
        }
        Bounds inner = node instanceof ScrollPane ? bounds : clip;
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, inner, found);
            }
        }
    }

    /**
     * A control, except those that only show or hold others (labels, scroll and split panes, tab panes,
     * titled panes); their tabs and titles, which are pressed, count.
     */
    private static boolean isInput(Node node) {
        if (node.getStyleClass().contains("tab") || node.getParent() instanceof TitledPane
                && node.getStyleClass().contains("title")) {
            return true;
        }
        return node instanceof Control && (node instanceof ButtonBase || !(node instanceof Labeled))
                && !(node instanceof ScrollPane) && !(node instanceof SplitPane) && !(node instanceof TabPane)
                && !(node instanceof TitledPane) && !(node instanceof Accordion) && !(node instanceof ToolBar);
    }

    private static Bounds clipped(Bounds bounds, Bounds clip) {
        double minX = Math.max(bounds.getMinX(), clip.getMinX());
        double minY = Math.max(bounds.getMinY(), clip.getMinY());
        double maxX = Math.min(bounds.getMaxX(), clip.getMaxX());
        double maxY = Math.min(bounds.getMaxY(), clip.getMaxY());
        return maxX <= minX || maxY <= minY ? null : new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
