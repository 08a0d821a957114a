package io.storedesk.stock.ui;

import io.storedesk.stock.StockPosition;
import io.storedesk.stock.StockService;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.SearchableTableModel;
import io.storedesk.ui.TablePane;
import io.storedesk.ui.TaskRunner;
import java.util.List;

/** The stock-warning pane: every SKU x warehouse position, the most urgent first. */
public final class StockView {

    private StockView() {
    }

    public static TablePane<StockPosition> create(StockService stock, TaskRunner tasks, I18n i18n) {
        SearchableTableModel<StockPosition> model = new SearchableTableModel<>(tasks, stock::positions);
        Columns c = new Columns(i18n);
        return new TablePane<>("stock", i18n, "nav.stock", "stock.search", model, List.of(
                Columns.width(c.label("stock.column.status", "stock.status.", StockPosition::status), 120),
                Columns.width(c.text("stock.column.sku", StockPosition::skuCode), 120),
                Columns.width(c.text("stock.column.title", StockPosition::titleWithVariant), 230),
                Columns.width(c.text("stock.column.warehouse", StockPosition::warehouseName), 110),
                Columns.width(c.number("stock.column.onHand", (row, f) -> f.integer(row.onHand())), 70),
                Columns.width(c.number("stock.column.reserved", (row, f) -> f.integer(row.reserved())), 70),
                Columns.width(c.number("stock.column.available", (row, f) -> f.integer(row.available())), 70),
                Columns.width(c.number("stock.column.inTransit", (row, f) -> f.integer(row.inTransit())), 70),
                Columns.width(c.number("stock.column.safetyStock", (row, f) -> row.safetyStock() == null ? ""
                        : f.integer(row.safetyStock())), 80),
                Columns.width(c.text("stock.column.nearestExpiry", (row, f) -> f.date(row.nearestExpiry())), 100)));
    }
}
