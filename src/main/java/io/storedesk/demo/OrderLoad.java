package io.storedesk.demo;

import io.storedesk.common.Money;
import io.storedesk.importing.CsvRow;
import io.storedesk.importing.CsvTable;
import io.storedesk.orders.Address;
import io.storedesk.orders.Customer;
import io.storedesk.orders.ExternalKey;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.Shipment;
import io.storedesk.orders.ShipmentStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the demo shop's customers, orders with their lines, and shipments. */
final class OrderLoad {

    private final OrderRepository orders;
    private final Map<String, Map<Integer, Integer>> lineQuantities = new HashMap<>();

    OrderLoad(OrderRepository orders) {
        this.orders = orders;
    }

    void load(DemoLoadContext ctx) {
        customers(ctx);
        orders(ctx);
        shipments(ctx);
    }

    private void customers(DemoLoadContext ctx) {
        CsvTable table = ctx.table("customers.csv");
        List<Customer> customers = new ArrayList<>();
        for (CsvRow r : table.rows()) {
            customers.add(new Customer(0, ctx.id(ctx.channels, r, "channel_code"), r.required("customer_id"),
                    r.optional("name"), r.optional("phone"), null, r.optional("province"), r.optional("city"), "中国"));
        }
        ctx.customers.putAll(orders.insertCustomers(customers));
        ctx.advance(table.rows().size());
    }

    private void orders(DemoLoadContext ctx) {
        CsvTable lineTable = ctx.table("order_lines.csv");
        Map<String, List<OrderLine>> linesByOrder = new LinkedHashMap<>();
        for (CsvRow r : lineTable.rows()) {
            String orderNo = r.required("order_no");
            int quantity = r.integer("quantity");
            String skuCode = r.required("sku_code");
            linesByOrder.computeIfAbsent(orderNo, k -> new ArrayList<>()).add(new OrderLine(0, r.integer("line_no"),
                    ctx.skus.get(skuCode), skuCode, r.optional("title"), r.enumValue("kind", LineKind.class), quantity,
                    new Money(r.decimal("unit_price"), DemoShop.CURRENCY),
                    new Money(r.decimal("amount"), DemoShop.CURRENCY), r.bool("presale"), null));
            lineQuantities.computeIfAbsent(orderNo, k -> new HashMap<>()).put(r.integer("line_no"), quantity);
        }
        CsvTable table = ctx.table("orders.csv");
        List<Order> batch = new ArrayList<>(table.rows().size());
        for (CsvRow r : table.rows()) {
            String orderNo = r.required("order_no");
            long channel = ctx.id(ctx.channels, r, "channel_code");
            Address shipTo = new Address(r.optional("receiver_name"), r.optional("receiver_phone"), "中国",
                    r.optional("province"), r.optional("city"), r.optional("district"), r.optional("address"));
            batch.add(new Order(0, channel, orderNo, ctx.customer(r, channel), r.enumValue("status", OrderStatus.class),
                    r.bool("presale"), ctx.shift.instant(r.dateTime("placed_at")),
                    ctx.shift.instant(r.optionalDateTime("paid_at")), r.optionalInteger("promised_days"),
                    money(r, "goods_amount"), money(r, "shipping_fee"), money(r, "discount_amount"),
                    money(r, "total_amount"), r.optional("buyer_note"), shipTo, r.optional("hold_reason"),
                    ctx.optionalId(ctx.promotions, r, "promotion_code"), 0,
                    linesByOrder.getOrDefault(orderNo, List.of())));
            ctx.orderChannels.put(orderNo, channel);
        }
        ctx.advance(lineTable.rows().size());
        long[] reported = {0};
        Map<ExternalKey, Long> ids = orders.insertOrders(batch, done -> {
            ctx.advance(done - reported[0]);
            reported[0] = done;
        });
        ids.forEach((key, id) -> ctx.orders.put(key.externalId(), id));
        ctx.orderLines.putAll(orders.lineIds(ids.values()));
    }

    private void shipments(DemoLoadContext ctx) {
        CsvTable table = ctx.table("shipments.csv");
        List<Shipment> shipments = new ArrayList<>();
        for (CsvRow r : table.rows()) {
            String orderNo = r.required("order_no");
            long orderId = ctx.id(ctx.orders, r, "order_no");
            Map<Long, Integer> quantities = new LinkedHashMap<>();
            for (String lineNo : CatalogLoad.splitList(r.text("line_nos"))) {
                int number = Integer.parseInt(lineNo);
                Long lineId = ctx.orderLines.getOrDefault(orderId, Map.of()).get(number);
                Integer quantity = lineQuantities.getOrDefault(orderNo, Map.of()).get(number);
                if (lineId == null || quantity == null) {
                    throw r.fail("line_nos", lineNo, "import.reason.unknownReference");
                }
                quantities.put(lineId, quantity);
            }
            shipments.add(new Shipment(0, orderId, ctx.id(ctx.warehouses, r, "warehouse_code"),
                    ctx.id(ctx.carriers, r, "carrier_code"), null, r.enumValue("status", ShipmentStatus.class), r.optional("tracking_no"),
                    r.optionalInteger("weight_grams"), new Money(r.decimal("cost"), DemoShop.CURRENCY), null, null,
                    ctx.shift.instant(r.optionalDateTime("shipped_at")),
                    ctx.shift.instant(r.optionalDateTime("delivered_at")), quantities));
        }
        orders.insertShipments(shipments);
        ctx.advance(table.rows().size());
    }

    private static Money money(CsvRow r, String column) {
        return new Money(r.decimal(column), DemoShop.CURRENCY);
    }
}
