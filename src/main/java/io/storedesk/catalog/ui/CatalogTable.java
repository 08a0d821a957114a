package io.storedesk.catalog.ui;

import io.storedesk.catalog.MarginBand;
import io.storedesk.catalog.SkuField;
import io.storedesk.catalog.SkuRow;
import io.storedesk.catalog.SkuSort;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.layout.LayoutMemory;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The catalog's table: sorting by a column asks the store (all pages sort, not just the one shown);
 * price, cost, stage and listing are edited in place; several rows can be selected for bulk changes.
 */
final class CatalogTable {

    private CatalogTable() {
    }

    static TableView<SkuRow> create(CatalogViewModel model, I18n i18n) {
        TableView<SkuRow> table = new TableView<>(model.rows());
        table.setId("catalog-table");
        table.editableProperty().bind(model.canEditProperty());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Columns c = new Columns(i18n);
        TableColumn<SkuRow, SkuRow> code = sorted(c.text("catalog.column.code", SkuRow::code), SkuSort.CODE, 125);
        TableColumn<SkuRow, SkuRow> title = sorted(c.text("catalog.column.title", SkuRow::title), SkuSort.TITLE, 210);
        TableColumn<SkuRow, SkuRow> variant = Columns.width(c.text("catalog.column.attributes", SkuRow::variant), 95);
        variant.setSortable(false);
        TableColumn<SkuRow, SkuRow> category = sorted(c.text("catalog.column.category", SkuRow::categoryName),
                SkuSort.CATEGORY, 100);
        TableColumn<SkuRow, SkuRow> price = sorted(c.number("catalog.column.price", (r, f) -> f.money(r.price())),
                SkuSort.PRICE, 85);
        price.setCellFactory(col -> new AmountCell(i18n, model, SkuField.PRICE, SkuRow::price));
        price.editableProperty().bind(model.canChangePricesProperty());
        TableColumn<SkuRow, SkuRow> cost = sorted(c.number("catalog.column.cost", (r, f) -> f.money(r.cost())),
                SkuSort.COST, 85);
        cost.setCellFactory(col -> new AmountCell(i18n, model, SkuField.COST, SkuRow::cost));
        TableColumn<SkuRow, SkuRow> margin = sorted(c.number("catalog.column.margin",
                (r, f) -> r.margin().map(f::percent).orElse("")), SkuSort.MARGIN, 70);
        margin.setCellFactory(col -> marginCell(i18n));
        TableColumn<SkuRow, SkuRow> stage = sorted(c.text("catalog.column.stage", r -> ""), SkuSort.STAGE, 80);
        stage.setCellFactory(col -> new StageCell(i18n, model));
        TableColumn<SkuRow, SkuRow> listed = sorted(c.text("catalog.column.listed", r -> ""), SkuSort.LISTED, 70);
        listed.setCellFactory(col -> new ListedCell(i18n, model));
        TableColumn<SkuRow, SkuRow> tags = Columns.width(c.text("catalog.column.tags", SkuRow::tags), 120);
        tags.setSortable(false);
        for (TableColumn<SkuRow, SkuRow> readOnly : List.of(code, title, variant, category, margin, tags)) {
            readOnly.setEditable(false);
        }
        // Beside the tree and the detail the table is narrow: the code, the figures and the stage keep a readable
        // width; the product and the variant give way (the detail shows them whole), which also leaves room for a
        // person to widen a column.
        code.setMinWidth(100);
        price.setMinWidth(80);
        cost.setMinWidth(80);
        margin.setMinWidth(60);
        stage.setMinWidth(74);
        table.getColumns().setAll(List.of(code, title, variant, category, price, cost, margin, stage, listed, tags));
        // The tree shows the category and the detail the tags: hidden until chosen from the column menu.
        category.setVisible(false);
        tags.setVisible(false);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LayoutMemory.remember(table, "catalog");

        // The store sorts; the table only says which column and which way.
        table.setSortPolicy(t -> {
            TableColumn<SkuRow, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            model.sortProperty().set(first == null ? SkuSort.CATALOG : (SkuSort) first.getUserData());
            model.descendingProperty().set(first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SkuRow>) change ->
                model.selection().setAll(table.getSelectionModel().getSelectedItems().filtered(r -> r != null)));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.focus(now);
            }
        });
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.failureProperty().get() != null
                ? i18n.describe(model.failureProperty().get())
                : model.loadingProperty().get() ? i18n.get("table.loading") : i18n.get("catalog.empty"),
                model.failureProperty(), model.loadingProperty(), i18n.localeProperty()));
        table.setPlaceholder(empty);
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        return table;
    }

    private static TableColumn<SkuRow, SkuRow> sorted(TableColumn<SkuRow, SkuRow> column, SkuSort sort, double width) {
        column.setUserData(sort);
        column.setSortable(true);
        return Columns.width(column, width);
    }

    /** The margin, coloured by its band (below cost red, thin amber). */
    private static TableCell<SkuRow, SkuRow> marginCell(I18n i18n) {
        return new TableCell<>() {
            @Override
            protected void updateItem(SkuRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(s -> s.startsWith("band-"));
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.margin().map(i18n.formats()::percent).orElse(""));
                MarginBand band = row.marginBand();
                getStyleClass().add("band-" + band.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        };
    }
}
