package io.storedesk.demo;

import io.storedesk.common.Money;
import io.storedesk.importing.CsvRow;
import io.storedesk.importing.CsvTable;
import io.storedesk.stock.Batch;
import io.storedesk.stock.OpeningBalance;
import io.storedesk.stock.PurchaseOrder;
import io.storedesk.stock.PurchaseOrderLine;
import io.storedesk.stock.PurchaseOrderStatus;
import io.storedesk.stock.Reservation;
import io.storedesk.stock.ReservationKind;
import io.storedesk.stock.StockRepositories;
import io.storedesk.stock.StockSetting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads stock settings, opening positions (each booked in the ledger), batches, purchase orders and
 * the reservations of open orders.
 */
final class StockLoad {

    private final StockRepositories stock;

    StockLoad(StockRepositories stock) {
        this.stock = stock;
    }

    void load(DemoLoadContext ctx) {
        CsvTable settings = ctx.table("stock_settings.csv");
        stock.settings().insertSettings(settings.rows().stream().map(r -> new StockSetting(ctx.id(ctx.skus, r, "sku_code"),
                ctx.id(ctx.warehouses, r, "warehouse_code"), ctx.optionalId(ctx.suppliers, r, "supplier_code"),
                r.optionalInteger("safety_stock"), r.optionalInteger("reorder_point"), r.optionalInteger("max_stock"),
                r.optionalInteger("lead_time_days"), r.integer("moq"), r.integer("pack_size"),
                r.decimal("service_level"))).toList());
        ctx.advance(settings.rows().size());

        CsvTable levels = ctx.table("stock_levels.csv");
        stock.ledger().openPositions(levels.rows().stream().map(r -> new OpeningBalance(ctx.id(ctx.skus, r, "sku_code"),
                ctx.id(ctx.warehouses, r, "warehouse_code"), r.integer("on_hand"), r.integer("in_transit"))).toList(),
                DemoLoadContext.USER, ctx.now);
        ctx.advance(levels.rows().size());

        CsvTable batches = ctx.table("stock_batches.csv");
        stock.ledger().insertBatches(batches.rows().stream().map(r -> new Batch(0, ctx.id(ctx.skus, r, "sku_code"),
                ctx.id(ctx.warehouses, r, "warehouse_code"), r.required("batch_no"), r.integer("quantity"),
                ctx.shift.date(r.date("expiry_date")), ctx.shift.instant(r.dateTime("received_at")))).toList());
        ctx.advance(batches.rows().size());

        purchaseOrders(ctx);
        reservations(ctx);
    }

    private void purchaseOrders(DemoLoadContext ctx) {
        CsvTable table = ctx.table("purchase_orders.csv");
        Map<String, List<CsvRow>> byCode = new LinkedHashMap<>();
        table.rows().forEach(r -> byCode.computeIfAbsent(r.required("po_code"), k -> new ArrayList<>()).add(r));
        List<PurchaseOrder> orders = new ArrayList<>();
        for (Map.Entry<String, List<CsvRow>> po : byCode.entrySet()) {
            CsvRow head = po.getValue().get(0);
            List<PurchaseOrderLine> lines = po.getValue().stream().map(r -> new PurchaseOrderLine(
                    ctx.id(ctx.skus, r, "sku_code"), r.integer("quantity"), r.integer("received_quantity"),
                    new Money(r.decimal("unit_cost"), DemoShop.CURRENCY))).toList();
            orders.add(new PurchaseOrder(0, po.getKey(), ctx.id(ctx.suppliers, head, "supplier_code"),
                    ctx.id(ctx.warehouses, head, "warehouse_code"), head.enumValue("status", PurchaseOrderStatus.class),
                    ctx.shift.instant(head.optionalDateTime("ordered_at")),
                    ctx.shift.instant(head.optionalDateTime("expected_at")),
                    ctx.shift.instant(head.optionalDateTime("received_at")), lines));
        }
        stock.purchaseOrders().insertPurchaseOrders(orders, DemoShop.CURRENCY, DemoLoadContext.USER);
        ctx.advance(table.rows().size());
    }

    private void reservations(DemoLoadContext ctx) {
        CsvTable table = ctx.table("reservations.csv");
        stock.reservations().insertReservations(table.rows().stream().map(r -> new Reservation(0, ctx.id(ctx.skus, r, "sku_code"),
                ctx.id(ctx.warehouses, r, "warehouse_code"), ctx.id(ctx.orders, r, "order_no"),
                ctx.lineId(r, "order_no", "line_no"), r.integer("quantity"), r.enumValue("kind", ReservationKind.class),
                ctx.shift.instant(r.dateTime("created_at")), ctx.shift.instant(r.optionalDateTime("expires_at")),
                null)).toList());
        stock.ledger().loadReserved();
        ctx.advance(table.rows().size());
    }
}
