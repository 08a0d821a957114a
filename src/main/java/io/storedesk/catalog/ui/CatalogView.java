package io.storedesk.catalog.ui;

import io.storedesk.catalog.CatalogService;
import io.storedesk.catalog.SkuRow;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.SearchableTableModel;
import io.storedesk.ui.TablePane;
import io.storedesk.ui.TaskRunner;
import java.util.List;

/** The catalog pane: every SKU with its product, category, price, cost and margin. */
public final class CatalogView {

    private CatalogView() {
    }

    public static TablePane<SkuRow> create(CatalogService catalog, TaskRunner tasks, I18n i18n) {
        SearchableTableModel<SkuRow> model = new SearchableTableModel<>(tasks, catalog::search);
        Columns c = new Columns(i18n);
        return new TablePane<>("catalog", i18n, "nav.catalog", "catalog.search", model, List.of(
                Columns.width(c.text("catalog.column.code", SkuRow::code), 120),
                Columns.width(c.text("catalog.column.title", SkuRow::title), 260),
                Columns.width(c.text("catalog.column.attributes", SkuRow::variant), 170),
                Columns.width(c.text("catalog.column.category", SkuRow::categoryName), 100),
                Columns.width(c.number("catalog.column.price", (row, f) -> f.money(row.price())), 90),
                Columns.width(c.number("catalog.column.cost", (row, f) -> f.money(row.cost())), 90),
                Columns.width(c.number("catalog.column.margin", (row, f) -> row.margin().map(f::percent).orElse("")), 70),
                Columns.width(c.label("catalog.column.stage", "catalog.stage.", SkuRow::stage), 80),
                Columns.width(c.text("catalog.column.listed", row -> i18n.get(row.listed() ? "catalog.listed" : "catalog.delisted")), 70)));
    }
}
