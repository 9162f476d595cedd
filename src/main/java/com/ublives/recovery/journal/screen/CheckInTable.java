package com.ublives.recovery.journal.screen;

import com.ublives.recovery.ui.Styles;
import com.ublives.recovery.ui.WholeWords;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.util.List;
import java.util.Map;
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
        // the columns' widths are set by sizeColumns; the table scrolls sideways where they do not fit
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
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
        List<TableColumn<CheckInRow, ?>> shortColumns = List.of(hours, soreness, quality);
        Map<String, Function<CheckInRow, String>> words = Map.of("whenColumn", CheckInRow::when,
                "hoursColumn", CheckInRow::hours, "sorenessColumn", r -> String.valueOf(r.soreness()),
                "qualityColumn", CheckInRow::quality, "didColumn", CheckInRow::did, "statusColumn", CheckInRow::status,
                "warningsColumn", r -> String.join(" ", r.warnings().stream().map(WarningLine::named).toList()),
                "noteColumn", CheckInRow::note);
        Font[] rowFont = {null};
        // After the pulse that told of a change: columns changed in the middle of the table's own layout left
        // its header's nodes half rebuilt (JavaFX's scene checks failed, in every later pulse too).
        boolean[] pending = {false};
        Runnable fit = () -> {
            if (!pending[0]) {
                pending[0] = true;
                Platform.runLater(() -> {
                    pending[0] = false;
                    if (rowFont[0] != null) {
                        fitColumns(table, words, shortColumns, rowFont[0]);
                    }
                });
            }
        };
        rows.addListener((javafx.beans.InvalidationListener) o -> fit.run());
        // wrapped cells change height with their column's width: the rows are measured again
        table.widthProperty().addListener(o -> {
            fit.run();
            table.refresh();
        });

        table.setRowFactory(view -> {
            TableRow<CheckInRow> row = new TableRow<>() {
                {
                    // at 100 % the stylesheet's font may be the default one, so no change is ever told
                    if (rowFont[0] == null) {
                        rowFont[0] = getFont();
                        fit.run();
                    }
                    fontProperty().addListener((obs, old, font) -> {
                        rowFont[0] = font;
                        fit.run();
                    });
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
     * Each column's least width: its own (the short columns' grown with the text size, read from a row's font,
     * as a row is styled like the table), and at least the widest word of its heading and of its rows, so that
     * no word is cut or broken at any text size. Where the columns then do not all fit (200 % text in a
     * 1280 px window), the table scrolls sideways: a table of readings needs its two dimensions, which WCAG
     * 2.2's 1.4.10 (Reflow) allows for data tables; a cut "Warn..." heading hid what a column holds.
     */
    private static void fitColumns(TableView<CheckInRow> table, Map<String, Function<CheckInRow, String>> words,
                                   List<TableColumn<CheckInRow, ?>> shortColumns, Font font) {
        double factor = Math.max(1, font.getSize() / BASE_FONT);
        Font heading = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        for (TableColumn<CheckInRow, ?> column : table.getColumns()) {
            double base = (double) column.getProperties().computeIfAbsent("baseMinWidth", k -> column.getMinWidth());
            // a heading's padding grows with the text; a cell leaves WrappingCell.SIDES beside its text, or its
            // padding (a third of an em) where that is more; a warning's line has its icon before it
            double needs = WholeWords.widestWord(column.getText(), heading) + 0.75 * font.getSize();
            double icon = "warningsColumn".equals(column.getId()) ? 1.5 * font.getSize() : 0;
            double sides = Math.max(WrappingCell.SIDES, 0.34 * font.getSize());
            for (CheckInRow row : table.getItems()) {
                String text = words.get(column.getId()).apply(row);
                if (text != null) {
                    needs = Math.max(needs, WholeWords.roomForWords(text, font) + icon + sides + 1);
                }
            }
            // the wrapping columns need only their widest word (and 2.5 em): fixed least widths added up to
            // more than the pane had at 900 px, and the columns past its edge were hidden
            double least = Math.ceil(Math.max(shortColumns.contains(column) ? base * factor : 2.5 * font.getSize(), needs));
            if (column.getMinWidth() != least) {
                column.setMinWidth(least);
            }
        }
        sizeColumns(table);
    }

    /**
     * The columns share the table's width in the proportions of their FXML widths, none below its least width,
     * while their least widths fit in it; else each is at its least width and the table scrolls sideways.
     * Done here rather than by a constrained resize policy: a table whose columns share its width never shows
     * a horizontal scroll bar, and where their least widths did not fit, the columns past its edge were
     * hidden with no way to reach them.
     */
    private static void sizeColumns(TableView<CheckInRow> table) {
        // room for a vertical scroll bar, shown or not: rows added later show one
        double bar = table.lookupAll(".scroll-bar").stream().filter(n ->
                ((javafx.scene.control.ScrollBar) n).getOrientation() == javafx.geometry.Orientation.VERTICAL)
                .mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
        double room = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar - 1;
        if (room <= 0) {
            return;
        }
        List<TableColumn<CheckInRow, ?>> shared = new java.util.ArrayList<>(table.getColumns());
        double spare = room;
        // the columns whose share would be below their least width take that, and the others share the rest
        for (boolean settled = false; !settled; ) {
            settled = true;
            double prefs = shared.stream().mapToDouble(CheckInTable::basePref).sum();
            for (TableColumn<CheckInRow, ?> column : shared) {
                if (spare * basePref(column) / prefs < column.getMinWidth()) {
                    column.setPrefWidth(column.getMinWidth());
                    spare -= column.getMinWidth();
                    shared.remove(column);
                    settled = false;
                    break;
                }
            }
        }
        double prefs = shared.stream().mapToDouble(CheckInTable::basePref).sum();
        for (TableColumn<CheckInRow, ?> column : shared) {
            column.setPrefWidth(Math.floor(spare * basePref(column) / prefs));
        }
    }

    private static double basePref(TableColumn<CheckInRow, ?> column) {
        return (double) column.getProperties().computeIfAbsent("basePrefWidth", k -> column.getPrefWidth());
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
