package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.Styles;
import com.ublives.recovery.ui.WholeWords;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;

/** One recovery in the dashboard list: type, status, hours since, latest soreness, warnings, next check-in. */
final class RecoveryCell extends ListCell<RecoveryRow> {

    private final Label title = new Label();
    private final Label status = new Label();
    private final Label started = new Label();
    private final Label since = new Label();
    private final Label soreness = new Label();
    private final Label due = new Label();
    private final VBox warnings = new VBox(2);
    private final VBox box;

    RecoveryCell() {
        title.getStyleClass().add("row-title");
        status.getStyleClass().add("status-badge");
        // the badge wraps between its words where the list is narrow ("Im üblichen Rahmen" at 200 %)
        WholeWords.keep(status);
        started.getStyleClass().add("hint");
        due.getStyleClass().add("due");
        // a flow: where the list is narrow the badge goes below the title instead of cutting it
        FlowPane head = new FlowPane(8, 4, title, status);
        head.setAlignment(Pos.CENTER_LEFT);
        // a flow's least width is its widest child's one-line width, which made the list scroll sideways
        // with a wrapping badge; its wrap length (the row's width) is enough
        head.setMinWidth(Region.USE_PREF_SIZE);
        box = new VBox(3, head, started, since, soreness, warnings, due);
        box.getStyleClass().add("recovery-row");
        setText(null);
    }

    private static void wrap(Label label, double width) {
        label.setWrapText(true);
        label.setPrefWidth(width);
        label.setMinHeight(Region.USE_PREF_SIZE);
    }

    @Override
    protected void updateItem(RecoveryRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        setId("recovery-" + row.id());
        title.setText(row.title());
        status.setText(row.status());
        Styles.setVariant(status, "state-", row.statusId());
        status.setGraphic(Icons.of(Icons.status(row.statusId())));
        started.setText(row.started());
        since.setText(row.since());
        soreness.setText(row.soreness());
        soreness.setVisible(row.isOpen());
        soreness.setManaged(row.isOpen());
        due.setText(row.nextDue());
        due.setGraphic(row.isOpen() ? Icons.of(row.overdue() ? Icons.OVERDUE : Icons.DUE) : null);
        due.setVisible(row.isOpen());
        due.setManaged(row.isOpen());
        Styles.toggle(due, "overdue", row.overdue());
        // named with their level, as room is short; the whole message is the line's tooltip
        warnings.getChildren().setAll(row.warnings().stream().map(w -> {
            Label line = WarningsCell.label(w, w.named());
            line.setTooltip(new Tooltip(w.told()));
            return line;
        }).toList());
        Styles.toggle(box, "closed", !row.isOpen());
        // A wrapped label is only as tall as its text when it knows its width: give each one the row's.
        // the cell's padding and the list's scroll bar grow with the text size (Settings), as the font does
        double scale = Math.max(1, getFont().getSize() / 13);
        double width = Math.max(120, (getListView() == null ? 330 : getListView().getWidth()) - 48 * scale);
        // the title too: a long massage name at a large text size wraps instead of running past the list
        for (Label label : List.of(title, started, since, soreness, due)) {
            wrap(label, width);
        }
        warnings.getChildren().forEach(line -> wrap((Label) line, width));
        status.setMaxWidth(width);
        ((FlowPane) title.getParent()).setPrefWrapLength(width);
        setGraphic(box);
    }
}
