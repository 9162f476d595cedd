package com.ublives.recovery.ui;

import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.text.Text;

/**
 * A label whose icon sits beside the first line of its text, where reading starts. JavaFX centres a label's
 * graphic on all its lines: at 200 % text the journal's 72-hour banner wrapped onto five lines in its
 * scrolling strip, and its warning icon sat beside the fourth, out of view; a warning in the check-in table
 * had its icon beside its last line. theme.css gives every label this skin; a one-line label looks as before.
 */
public class FirstLineIconSkin extends LabelSkin {

    private final Text measure = new Text("X");

    public FirstLineIconSkin(Label label) {
        super(label);
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        super.layoutChildren(x, y, w, h);
        Label label = getSkinnable();
        Node graphic = label.getGraphic();
        ContentDisplay display = label.getContentDisplay();
        Text text = drawnText();
        if (graphic == null || text == null || text.getText() == null || text.getText().isEmpty()
                || (display != ContentDisplay.LEFT && display != ContentDisplay.RIGHT)) {
            return;
        }
        measure.setFont(text.getFont());
        measure.setLineSpacing(text.getLineSpacing());
        double line = measure.getLayoutBounds().getHeight();
        double textTop = text.getLayoutY() + text.getLayoutBounds().getMinY();
        double graphicHeight = graphic.getLayoutBounds().getHeight();
        if (text.getLayoutBounds().getHeight() <= line + 0.5) {
            return; // one line: centred on it already
        }
        double top = Math.max(y, textTop + (line - graphicHeight) / 2);
        graphic.relocate(graphic.getLayoutX() + graphic.getLayoutBounds().getMinX(), snapPositionY(top));
    }

    /** The skin's own text node (a LabeledText, style class "text"). */
    private Text drawnText() {
        for (Node child : getChildren()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                return t;
            }
        }
        return null;
    }
}
