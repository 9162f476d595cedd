package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The check-ins table: each column in words, cells that wrap in their column instead of being cut,
 * and the start row (the soreness logged with the massage), which is no check-in to edit or delete.
 */
final class CheckInTable {

    private CheckInTable() {
    }

    static void bind(TableView<CheckInRow> table, ObservableList<CheckInRow> rows, Consumer<CheckInRow> edit,
                     Consumer<CheckInRow> delete) {
        table.setItems(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        wrapping(table, "whenColumn", CheckInRow::when);
        TableColumn<CheckInRow, String> hours = column(table, "hoursColumn");
        hours.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().hours()));
        TableColumn<CheckInRow, Integer> soreness = column(table, "sorenessColumn");
        soreness.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().soreness()));
        TableColumn<CheckInRow, String> quality = column(table, "qualityColumn");
        quality.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().quality()));
        wrapping(table, "didColumn", CheckInRow::did);
        wrapping(table, "statusColumn", CheckInRow::status);
        TableColumn<CheckInRow, List<WarningLine>> warnings = column(table, "warningsColumn");
        warnings.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().warnings()));
        warnings.setCellFactory(column -> new WarningsCell());
        wrapping(table, "noteColumn", CheckInRow::note);
        // wrapped cells change height with their column's width: the rows are measured again
        table.widthProperty().addListener(o -> table.refresh());
        List<TableColumn<CheckInRow, ?>> shortColumns = List.of(hours, soreness, quality);

        table.setRowFactory(view -> {
            TableRow<CheckInRow> row = new TableRow<>() {
                {
                    fontProperty().addListener((obs, old, font) -> followTextSize(table, shortColumns, font));
                }

                @Override
                protected void updateItem(CheckInRow item, boolean empty) {
                    super.updateItem(item, empty);
                    Styles.toggle(this, "red-flag-row", !empty && item != null && !item.redFlags().isEmpty());
                    Styles.toggle(this, "start-row", !empty && item != null && item.isStart());
                }
            };
            row.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2 && !row.isEmpty() && !row.getItem().isStart()) {
                    edit.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(key -> {
            CheckInRow row = table.getSelectionModel().getSelectedItem();
            if (row == null || row.isStart()) {
                return;
            }
            if (key.getCode() == KeyCode.DELETE) {
                key.consume();
                delete.accept(row);
            } else if (key.getCode() == KeyCode.ENTER) {
                key.consume();
                edit.accept(row);
            }
        });
    }

    /** The root font size of theme.css at 100 % text size. */
    private static final double BASE_FONT = 13;

    /**
     * The short columns (hours, soreness, kind) hold one word or number, which cannot wrap: their least
     * widths grow with the text size (Settings), read from a row's font (a row is a cell, styled as the table).
     */
    private static void followTextSize(TableView<CheckInRow> table, List<TableColumn<CheckInRow, ?>> columns,
                                       javafx.scene.text.Font font) {
        double factor = Math.max(1, font.getSize() / BASE_FONT);
        for (TableColumn<CheckInRow, ?> column : columns) {
            double base = (double) column.getProperties().computeIfAbsent("baseMinWidth", k -> column.getMinWidth());
            if (column.getMinWidth() != Math.ceil(base * factor)) {
                column.setMinWidth(Math.ceil(base * factor));
            }
        }
    }

    private static void wrapping(TableView<CheckInRow> table, String id, Function<CheckInRow, String> text) {
        TableColumn<CheckInRow, String> column = column(table, id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(text.apply(c.getValue())));
        column.setCellFactory(c -> new WrappingCell<>());
    }

    @SuppressWarnings("unchecked")
    private static <T> TableColumn<CheckInRow, T> column(TableView<CheckInRow> table, String id) {
        return (TableColumn<CheckInRow, T>) table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the check-ins table has no column " + id));
    }
}
