package io.storedesk.stock.ui;

import io.storedesk.common.MessageKey;
import io.storedesk.stock.WarningRow;
import io.storedesk.ui.Columns;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import io.storedesk.ui.layout.LayoutMemory;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The warnings, worst first, several selectable for an action; the focused one fills the detail. */
final class StockWarningsTable {

    private StockWarningsTable() {
    }

    static TableView<WarningRow> create(StockWarningsViewModel model, I18n i18n) {
        // The rows go in once the table has its skin: given before (the view model holds the warnings from the
        // start, for the navigation's count), the first screen of rows kept the height of cells without styles,
        // two thirds of the others, until the pane was shown again (LazyPanesWindowTest).
        TableView<WarningRow> table = new TableView<>();
        table.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null) {
                table.setItems(model.rows());
            }
        });
        table.setId("stock-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Columns c = new Columns(i18n);
        // Beside the detail the table is narrow in a 1,280-pixel window: the warning, the code, the warehouse and the
        // figures keep a readable width; the title, the problem and the suggestion give way.
        List<TableColumn<WarningRow, WarningRow>> columns = List.of(
                Columns.width(c.label("stock.column.warning", "stock.warning.", r -> r.warning().kind()), 96, 88),
                Columns.width(c.text("stock.column.sku", r -> r.warning().skuCode()), 100, 96),
                Columns.width(c.text("stock.column.title", r -> r.warning().title()), 140),
                Columns.width(c.text("stock.column.warehouse", r -> r.warning().warehouseCode()), 68, 64),
                Columns.width(c.number("stock.column.available",
                        (r, f) -> f.integer(r.warning().available())), 55, 52),
                Columns.width(c.text("stock.column.figure", r -> say(i18n, WarningTexts.figure(r))), 145),
                Columns.width(c.text("stock.column.class", r -> r.plan() == null ? ""
                        : r.plan().abc().name() + r.plan().xyz().name()), 48, 44),
                Columns.width(c.number("stock.column.cover", StockWarningsTable::cover), 72, 72),
                Columns.width(c.text("stock.column.suggestion", r -> say(i18n, WarningTexts.suggestion(r))), 150));
        table.getColumns().setAll(columns);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LayoutMemory.remember(table, "stock");
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<WarningRow>) change ->
                model.selection().setAll(table.getSelectionModel().getSelectedItems().filtered(r -> r != null)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.showDetail(now));
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(i18n.text("stock.empty"));
        table.setPlaceholder(empty);
        return table;
    }

    /** Days the available stock lasts: none when nothing is available, "∞" without demand. */
    private static String cover(WarningRow row, Formats formats) {
        if (row.warning().available() <= 0) {
            return formats.integer(0);
        }
        if (row.plan() == null || Double.isInfinite(row.plan().daysOfCover())) {
            return "∞";
        }
        return formats.integer(Math.round(row.plan().daysOfCover()));
    }

    private static String say(I18n i18n, MessageKey message) {
        return message == null ? "" : i18n.get(message.key(), message.arguments());
    }
}
