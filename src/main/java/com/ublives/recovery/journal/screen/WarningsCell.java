package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.Icons;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.List;

/** The warnings of one check-in in the table: one line each, its level in words and a name, wrapped in the column. */
final class WarningsCell extends WrappingCell<CheckInRow, List<WarningLine>> {

    private final VBox lines = new VBox(2);

    WarningsCell() {
        getStyleClass().add("warnings-cell");
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** A warning line as the journal draws it everywhere: level icon, and the colour of its level beside the word. */
    static Label label(WarningLine w, String text) {
        Label line = new Label(text, Icons.of(Icons.level(w.level())));
        line.setWrapText(true);
        line.getStyleClass().addAll("warning-line", "level-" + w.level().name());
        return line;
    }

    @Override
    protected void updateItem(List<WarningLine> warnings, boolean empty) {
        super.updateItem(warnings, empty);
        if (empty || warnings == null || warnings.isEmpty()) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        lines.getChildren().setAll(warnings.stream().map(w -> {
            Label line = label(w, w.named());
            fit(line);
            return line;
        }).toList());
        setGraphic(lines);
        setTooltip(new Tooltip(String.join("\n\n", warnings.stream().map(WarningLine::told).toList())));
    }
}
