package io.storedesk.orders.ui;

import io.storedesk.orders.LineStock;
import io.storedesk.orders.OrderParcel;
import io.storedesk.orders.ShipmentStatus;
import io.storedesk.ui.Formats;
import io.storedesk.ui.I18n;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * An order's goods lines, each with the units every warehouse has for it, and its parcels, as text that wraps:
 * a narrow detail panel has no room for a table with a column per warehouse.
 */
final class OrderLinesView {

    private OrderLinesView() {
    }

    /**
     * "FS01-001-01 爱舒宝纸尿裤 × 2", then "SH 6 · GZ 6 · … XA 0": a warehouse with too few units in red, the one its
     * parcel ships from in the accent colour.
     */
    static Node line(I18n i18n, LineStock stock, List<OrderParcel> parcels) {
        var line = stock.line();
        Label what = wrapping(i18n.get("orders.detail.line", line.skuCode(), line.title() == null ? "" : line.title(),
                line.quantity()) + (line.presale() ? " " + i18n.get("orders.detail.presale") : ""));
        Set<String> shipsFrom = parcels.stream().filter(p -> p.shipment().status() != ShipmentStatus.CANCELLED
                && p.shipment().quantities().containsKey(line.id())).map(OrderParcel::warehouseCode)
                .collect(Collectors.toSet());
        FlowPane warehouses = new FlowPane(12, 2);
        Formats f = i18n.formats();
        stock.available().forEach((code, units) -> {
            Label site = new Label(shortCode(code) + " " + f.integer(units));
            site.setId("orders-detail-stock-" + line.lineNo() + "-" + code);
            if (!stock.covers(code)) {
                site.getStyleClass().add("problem-text");
            }
            if (shipsFrom.contains(code)) {
                site.getStyleClass().addAll("accent", "text-bold");
            }
            warehouses.getChildren().add(site);
        });
        VBox box = new VBox(2, what, warehouses);
        box.setId("orders-detail-line-" + line.lineNo());
        return box;
    }

    /** "1. WH-SH by 韵达快递 · ¥4.00 · expected 2026-11-25 · Planned (by hand)". */
    static Label parcel(I18n i18n, int number, OrderParcel parcel) {
        var s = parcel.shipment();
        Formats f = i18n.formats();
        String status = i18n.get("orders.detail.parcelStatus." + s.status().name())
                + (parcel.manual() ? " · " + i18n.get("orders.detail.manual") : "");
        Label label = wrapping(i18n.get("orders.detail.parcel", number, parcel.warehouseCode(),
                parcel.carrierName() == null ? "–" : parcel.carrierName(), f.money(s.estimatedCost()),
                s.estimatedDelivery() == null ? "–" : f.date(s.estimatedDelivery()), status));
        label.setId("orders-detail-parcel-" + number);
        if (s.status() == ShipmentStatus.CANCELLED) {
            label.getStyleClass().add("text-muted");
        }
        return label;
    }

    /** The code less the "WH-" every warehouse shares. */
    static String shortCode(String code) {
        return code.startsWith("WH-") ? code.substring(3) : code;
    }

    static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
