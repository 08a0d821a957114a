package io.storedesk.orders.ui;

import io.storedesk.orders.InboxRow;
import io.storedesk.orders.OrderDetail;
import io.storedesk.orders.OrderRow;
import io.storedesk.orders.OrderStatus;
import io.storedesk.ui.Columns;
import io.storedesk.ui.I18n;
import io.storedesk.ui.layout.LayoutMemory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The orders, newest first, several selectable for an action; the focused one fills the detail. */
final class OrderInboxTable {

    private static final DateTimeFormatter PLACED = DateTimeFormatter.ofPattern("MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private OrderInboxTable() {
    }

    static TableView<InboxRow> create(OrderInboxViewModel model, I18n i18n) {
        TableView<InboxRow> table = new TableView<>(model.rows());
        table.setId("orders-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Columns c = new Columns(i18n);
        // Sized for a 1,400-pixel window beside the detail: the hold reason shares the status cell, channels and
        // warehouses show their short codes, the placed time leaves out the year (the detail has it in full). In a
        // 1,280-pixel window the number, channel, time, buyer and figures keep a readable width; the status, the
        // destination and the parcels give way.
        List<TableColumn<InboxRow, InboxRow>> columns = List.of(
                Columns.width(c.text("orders.column.number", r -> r.order().externalId()), 160, 160),
                Columns.width(c.text("orders.column.channel", InboxRow::channelCode), 74, 66),
                Columns.width(c.text("orders.column.placed", r -> r.order().placedAt() == null ? ""
                        : PLACED.format(r.order().placedAt())), 86, 86),
                Columns.width(c.flagged("orders.column.status", (r, f) -> status(i18n, r.order()),
                        r -> r.status() == OrderStatus.ON_HOLD, "value-on-hold"), 140),
                Columns.width(c.text("orders.column.customer", r -> nonNull(r.order().customerName())), 58, 52),
                Columns.width(c.text("orders.column.destination", r -> destination(r.order())), 100),
                Columns.width(c.number("orders.column.lines", (r, f) -> f.integer(r.order().lineCount())), 48, 46),
                Columns.width(c.number("orders.column.total", (r, f) -> f.money(r.order().total())), 80, 76),
                Columns.width(c.text("orders.pane.column.parcels", (r, f) -> r.parcels() == 0 ? ""
                        : i18n.get("orders.pane.parcels", r.parcels(), String.join(" + ", r.warehouses().stream()
                        .map(OrderLinesView::shortCode).toList()))), 76));
        table.getColumns().setAll(columns);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        LayoutMemory.remember(table, "orders");
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<InboxRow>) change ->
                model.selection().setAll(table.getSelectionModel().getSelectedItems().filtered(r -> r != null)));
        // Only a chosen row changes the detail: reading the orders again clears the selection, not the detail.
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.showDetail(now);
            }
        });
        model.rows().addListener((ListChangeListener<InboxRow>) change -> reselect(table, model.detailProperty().get()));
        i18n.localeProperty().addListener((obs, old, now) -> table.refresh());
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(i18n.text("orders.pane.empty"));
        table.setPlaceholder(empty);
        return table;
    }

    /** After the orders are read again, the order in the detail stays selected when it is still shown. */
    private static void reselect(TableView<InboxRow> table, OrderDetail shown) {
        if (shown == null) {
            return;
        }
        table.getItems().stream().filter(r -> r.id() == shown.order().id()).findFirst()
                .ifPresent(r -> table.getSelectionModel().select(r));
    }

    /** "On hold: High amount" for a held order, else its status. */
    private static String status(I18n i18n, OrderRow row) {
        String status = i18n.get("orders.status." + row.status().name());
        return row.holdReason() == null ? status
                : i18n.get("orders.pane.heldStatus", status, i18n.get("orders.hold." + row.holdReason()));
    }

    private static String destination(OrderRow row) {
        if (row.province() == null) {
            return nonNull(row.city());
        }
        return row.city() == null || row.city().equals(row.province()) ? row.province()
                : row.province() + " " + row.city();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
