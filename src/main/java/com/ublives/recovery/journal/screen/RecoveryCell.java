package com.ublives.recovery.journal.screen;

import com.ublives.recovery.rules.Outcome;
import com.ublives.recovery.ui.Icons;
import com.ublives.recovery.ui.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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
        status.setMinWidth(Region.USE_PREF_SIZE);
        started.getStyleClass().add("hint");
        due.getStyleClass().add("due");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(8, title, gap, status);
        head.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(3, head, started, since, soreness, warnings, due);
        box.getStyleClass().add("recovery-row");
        setText(null);
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
        Styles.setVariant(status, "status-", row.statusId());
        started.setText(row.started());
        since.setText(row.since());
        soreness.setText(row.soreness());
        soreness.setVisible(row.isOpen());
        soreness.setManaged(row.isOpen());
        due.setText(row.nextDue());
        due.setGraphic(row.isOpen() ? Icons.of(Icons.DUE) : null);
        due.setVisible(row.isOpen());
        due.setManaged(row.isOpen());
        Styles.toggle(due, "overdue", row.overdue());
        warnings.getChildren().clear();
        for (Outcome.Warning w : row.warnings()) {
            Label line = new Label(w.message(), Icons.of(Icons.level(w.level())));
            line.setWrapText(true);
            line.getStyleClass().addAll("warning-line", "level-" + w.level().name());
            warnings.getChildren().add(line);
        }
        Styles.toggle(box, "closed", !row.isOpen());
        box.setMaxWidth(Math.max(0, getListView() == null ? 300 : getListView().getWidth() - 36));
        setGraphic(box);
    }
}
