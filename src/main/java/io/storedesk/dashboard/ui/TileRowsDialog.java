package io.storedesk.dashboard.ui;

import io.storedesk.dashboard.kpi.KpiDrill;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import io.storedesk.ui.layout.LayoutMemory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The rows behind a tile in a table: orders, refunds or SKUs, as many as KpiDrill lists. */
final class TileRowsDialog {

    private TileRowsDialog() {
    }

    static void show(Window owner, I18n i18n, TileRows rows) {
        Formats f = i18n.formats();
        TableView<List<String>> table = new TableView<>();
        table.setId("tile-rows");
        List<String> headers = new ArrayList<>();
        List<List<String>> cells = new ArrayList<>();
        switch (rows.kind()) {
            case ORDERS -> {
                headers.addAll(List.of("order", "channel", "day", "customer", "gmv", "units", "net"));
                rows.orders().forEach(o -> cells.add(List.of(o.orderNo(), o.channel(), f.date(o.day()),
                        o.customer() == null ? i18n.get("dashboard.rows.guest") : o.customer(), money(f, o.gmv()),
                        f.integer(o.units()), money(f, o.net()))));
            }
            case REFUNDS -> {
                headers.addAll(List.of("order", "channel", "day", "kind", "reason", "amount"));
                rows.refunds().forEach(r -> cells.add(List.of(r.orderNo(), r.channel(), f.date(r.day()),
                        i18n.get("dashboard.refundKind." + r.kind()), reason(i18n, r.reason()),
                        money(f, r.amount()))));
            }
            default -> {
                headers.addAll(List.of("sku", "title", "warehouse", "available", "safety", "sold"));
                rows.skus().forEach(s -> cells.add(List.of(s.sku(), s.title(), s.warehouse() == null
                        ? i18n.get("dashboard.rows.allWarehouses") : s.warehouse(), f.integer(s.available()),
                        s.safetyStock() == null ? "" : f.integer(s.safetyStock()), f.integer(s.soldUnits()))));
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            table.getColumns().add(column(headers.get(i), i18n.get("dashboard.rows.column." + headers.get(i)), i));
        }
        LayoutMemory.remember(table, "tile-rows-" + rows.kind().name().toLowerCase(Locale.ROOT));
        table.getItems().setAll(cells);
        table.setPlaceholder(new Label(i18n.get("dashboard.rows.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label note = new Label(rows.size() >= KpiDrill.LIMIT ? i18n.get("dashboard.rows.limited", KpiDrill.LIMIT)
                : i18n.get("dashboard.rows.count", rows.size()));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("dashboard.rows.title", i18n.get(rows.titleKey())));
        dialog.getDialogPane().setContent(new VBox(8, note, table));
        dialog.getDialogPane().setPrefSize(820, 520);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        dialog.show();
    }

    private static TableColumn<List<String>, String> column(String id, String title, int index) {
        TableColumn<List<String>, String> column = new TableColumn<>(title);
        column.setId(id);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().get(index)));
        return column;
    }

    private static String money(Formats f, BigDecimal amount) {
        return f.money(amount, "CNY");
    }

    private static String reason(I18n i18n, String reason) {
        if (reason == null) {
            return i18n.get("dashboard.reason.none");
        }
        return i18n.has("aftersales.reason." + reason) ? i18n.get("aftersales.reason." + reason) : reason;
    }
}
