package com.ublives.recovery.journal.screen;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A table cell whose text wraps within its column instead of being cut: the text sits in a box whose
 * labels are as wide as the column, and the row grows to their wrapped height.
 */
class WrappingCell<S, T> extends TableCell<S, T> {

    /** The cell's own padding on both sides, and a little air. */
    static final double SIDES = 8;
    private static final double MIN_TEXT = 40;

    private final Label text = new Label();
    private final VBox box = new VBox(text);

    WrappingCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        text.setText(item.toString());
        fit(text);
        setGraphic(box);
    }

    /**
     * The row asks without a width; the skin would pass that on, less the padding, as a negative width,
     * and the labels would wrap at their least width, a letter or two. The column's width it is.
     */
    @Override
    protected double computePrefHeight(double width) {
        TableColumn<S, T> column = getTableColumn();
        return super.computePrefHeight(width < 0 && column != null ? column.getWidth() : width);
    }

    /** Makes a label wrap at the column's width; call in updateItem for each label the cell shows. */
    final void fit(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        TableColumn<S, T> column = getTableColumn();
        if (column != null) {
            // never narrower than a word or so: at a column not yet laid out, a label one letter wide is very tall
            // the cell's padding is in em, so at 200 % it is more than SIDES
            label.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> Math.max(MIN_TEXT, column.getWidth() - Math.max(SIDES, snappedLeftInset() + snappedRightInset())),
                    column.widthProperty(), paddingProperty()));
        }
    }
}
