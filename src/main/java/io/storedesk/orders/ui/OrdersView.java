package io.storedesk.orders.ui;

import io.storedesk.orders.OrderRow;
import io.storedesk.orders.OrderService;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.SearchableTableModel;
import io.storedesk.ui.TablePane;
import io.storedesk.ui.TaskRunner;
import java.util.List;

/** The order-routing pane: the order inbox from every channel, newest first. */
public final class OrdersView {

    private OrdersView() {
    }

    public static TablePane<OrderRow> create(OrderService orders, TaskRunner tasks, I18n i18n) {
        SearchableTableModel<OrderRow> model = new SearchableTableModel<>(tasks, orders::search);
        Columns c = new Columns(i18n);
        return new TablePane<>("orders", i18n, "nav.orders", "orders.search", model, List.of(
                Columns.width(c.text("orders.column.number", OrderRow::externalId), 170),
                Columns.width(c.text("orders.column.channel", OrderRow::channelName), 150),
                Columns.width(c.text("orders.column.placed", (row, f) -> f.dateTime(row.placedAt())), 130),
                Columns.width(c.label("orders.column.status", "orders.status.", OrderRow::status), 130),
                Columns.width(c.text("orders.column.customer", OrderRow::customerName), 70),
                Columns.width(c.text("orders.column.destination", row -> join(row.province(), row.city())), 140),
                Columns.width(c.number("orders.column.lines", (row, f) -> f.integer(row.lineCount())), 60),
                Columns.width(c.number("orders.column.total", (row, f) -> f.money(row.total())), 100),
                Columns.width(c.text("orders.column.hold", row -> row.holdReason() == null ? ""
                        : i18n.get("orders.hold." + row.holdReason())), 150)));
    }

    private static String join(String province, String city) {
        if (province == null) {
            return city == null ? "" : city;
        }
        return city == null || city.equals(province) ? province : province + " " + city;
    }
}
