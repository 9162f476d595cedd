package com.ublives.recovery.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.List;
import java.util.Objects;

/**
 * Wrapped text that never breaks inside a word. JavaFX wraps at spaces only, and where a word is wider
 * than the room it cuts the word between two letters ("Therapeuti" / "nnen"); at 200 % text size German
 * words did. A label kept here is never narrower than its widest word, so its pane gives it that room;
 * a list is never narrower than the widest word its rows show.
 */
public final class WholeWords {

    private static final String LIST_WIDEST = "wholeWords.widest";
    /**
     * No word makes room for itself beyond this many em: a name typed without spaces (or pasted) would
     * otherwise push the rest of the screen out of the window; such a word is broken instead.
     */
    private static final double LONGEST_WORD_EM = 16;

    private WholeWords() {
    }

    /** Wraps the label's text at spaces, and keeps the label at least as wide as its widest word. */
    public static <T extends Labeled> T keep(T label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        InvalidationListener update = o -> label.setMinWidth(Math.ceil(needs(label)));
        label.textProperty().addListener(update);
        label.fontProperty().addListener(update);
        label.paddingProperty().addListener(update);
        label.graphicProperty().addListener(update);
        update.invalidated(null);
        return label;
    }

    /**
     * A grid's column of labels: each label wraps at spaces, and the column is at least as wide as the
     * widest word of any of them; its preferred width (set, or else its labels' on one line) where there is room.
     */
    public static void column(GridPane grid, int column) {
        List<Labeled> labels = grid.getChildren().stream()
                .filter(n -> n instanceof Labeled && Objects.requireNonNullElse(GridPane.getColumnIndex(n), 0) == column)
                .map(n -> keep((Labeled) n)).toList();
        ColumnConstraints constraints = grid.getColumnConstraints().get(column);
        double pref = constraints.getPrefWidth();
        constraints.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> labels.stream().mapToDouble(Labeled::getMinWidth).max().orElse(0),
                labels.stream().map(Labeled::minWidthProperty).toArray(javafx.beans.Observable[]::new)));
        if (pref >= 0) {
            constraints.prefWidthProperty().bind(Bindings.max(pref, constraints.minWidthProperty()));
        }
    }

    /**
     * Called by a list's wrapping cell when it shows a row: the list grows to the widest word of the rows
     * shown since its items last changed (rows out of view count once they are scrolled to).
     */
    static void widenFor(ListCell<?> cell) {
        ListView<?> list = cell.getListView();
        if (list == null || cell.getText() == null) {
            return;
        }
        if (!list.getProperties().containsKey(LIST_WIDEST)) {
            forgetOnNewRows(list);
        }
        double widest = Math.max((double) list.getProperties().get(LIST_WIDEST), needs(cell));
        list.getProperties().put(LIST_WIDEST, widest);
        double bar = list.lookupAll(".scroll-bar").stream().filter(n -> n instanceof ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.VERTICAL).mapToDouble(n -> ((ScrollBar) n).getWidth())
                .max().orElse(0);
        double least = Math.ceil(widest + list.snappedLeftInset() + list.snappedRightInset() + bar);
        if (least > list.getMinWidth()) {
            list.setMinWidth(least);
        }
    }

    /** New rows (or a new list of them) are measured afresh: the list may become narrower again. */
    private static <T> void forgetOnNewRows(ListView<T> list) {
        InvalidationListener forget = o -> {
            list.getProperties().put(LIST_WIDEST, 0.0);
            list.setMinWidth(Region.USE_COMPUTED_SIZE);
        };
        list.itemsProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(forget);
            }
            if (now != null) {
                now.addListener(forget);
            }
            forget.invalidated(obs);
        });
        if (list.getItems() != null) {
            list.getItems().addListener(forget);
        }
        list.getProperties().put(LIST_WIDEST, 0.0);
    }

    /** The width the labelled's widest word needs, with its padding and a graphic beside the text. */
    private static double needs(Labeled labeled) {
        String text = labeled.getText();
        if (text == null || text.isBlank()) {
            return 0;
        }
        double widest = roomForWords(labeled.isMnemonicParsing() ? text.replace("_", "") : text, labeled.getFont());
        Node graphic = labeled.getGraphic();
        ContentDisplay display = labeled.getContentDisplay();
        if (graphic != null && (display == ContentDisplay.LEFT || display == ContentDisplay.RIGHT)) {
            widest += graphic.prefWidth(-1) + labeled.getGraphicTextGap();
        }
        return widest + labeled.snappedLeftInset() + labeled.snappedRightInset();
    }

    /** The room the text's words claim: its widest word's width, at most 16 em (a longer word is broken). */
    public static double roomForWords(String text, Font font) {
        return Math.min(widestWord(text, font), LONGEST_WORD_EM * font.getSize());
    }

    /** The width of the widest word of the text (words split at spaces, as JavaFX wraps) in the font. */
    public static double widestWord(String text, Font font) {
        Text probe = new Text();
        probe.setFont(font);
        double widest = 0;
        for (String word : text.strip().split("\\s+")) {
            probe.setText(word);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }
}
