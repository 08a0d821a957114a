package io.storedesk.demo;

import io.storedesk.demo.DemoCatalog.Sku;
import io.storedesk.demo.DemoHistory.Customer;
import io.storedesk.demo.DemoHistory.Line;
import io.storedesk.demo.DemoHistory.Order;
import io.storedesk.demo.DemoHistory.Refund;
import io.storedesk.demo.DemoHistory.Shipment;
import io.storedesk.demo.DemoReference.Channel;
import io.storedesk.demo.DemoReference.User;
import io.storedesk.demo.DemoReference.Warehouse;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Generates the demo shop (a mother-and-baby merchant on Tmall, JD, Douyin and its own Shopify site)
 * deterministically: the same files, byte for byte, on every run. `storedesk demo --generate DIR`
 * writes them; sample-data/ holds the committed copy that first runs load.
 */
public final class DemoShopGenerator {

    /** Generates the whole shop and writes its CSV files into the directory. */
    public void writeTo(Path directory) {
        generate().writeTo(directory);
    }

    DemoFiles generate() {
        DemoFiles files = new DemoFiles();
        CatalogGenerator catalogGenerator = new CatalogGenerator();
        DemoCatalog catalog = catalogGenerator.generate();
        DemoAssortment assortment = new DemoAssortment(catalog);
        DemoRateCards rates = new DemoRateCards();
        OrderHistoryGenerator orderGenerator = new OrderHistoryGenerator(catalog, assortment, rates);
        DemoHistory history = orderGenerator.generate();
        List<DemoTicket> tickets = new AfterSalesGenerator(history).generate();
        StockGenerator stock = new StockGenerator(catalog, assortment, history);
        stock.generate();

        writeShop(files);
        catalogGenerator.write(catalog, files);
        writeChannelSkus(files, orderGenerator);
        rates.write(files);
        writeStaff(files);
        writeHistory(files, history);
        stock.write(files);
        new TicketWriter(files).write(tickets);
        return files;
    }

    private static void writeShop(DemoFiles files) {
        DemoTable shop = files.table("shop.csv", "setting", "value");
        shop.add("shop_name", DemoShop.SHOP_NAME);
        shop.add("currency", DemoShop.CURRENCY);
        shop.add("time_zone", DemoShop.ZONE.getId());
        shop.add("last_day", DemoShop.LAST_DAY);
        shop.add("now", DemoShop.NOW);
        DemoTable warehouses = files.table("warehouses.csv", "code", "name", "province", "city", "address", "priority");
        for (Warehouse w : DemoReference.WAREHOUSES) {
            warehouses.add(w.code(), w.name(), w.province().fullName(), w.city(), w.address(), w.priority());
        }
        DemoTable channels = files.table("channels.csv", "code", "name", "kind", "currency", "stock_ratio",
                "stock_buffer", "warehouses");
        for (Channel c : DemoReference.CHANNELS) {
            channels.add(c.code(), c.name(), c.kind(), DemoShop.CURRENCY, c.stockRatio(), c.stockBuffer(),
                    String.join(";", c.warehouses()));
        }
        DemoTable promotions = files.table("promotions.csv", "code", "name", "starts_on", "ends_on");
        DemoReference.PROMOTIONS.forEach(p -> promotions.add(p.code(), p.name(), p.startsOn(), p.endsOn()));
        DemoTable suppliers = files.table("suppliers.csv", "code", "name", "contact", "phone", "province", "city",
                "lead_time_days", "currency");
        DemoRandom random = new DemoRandom(DemoShop.SEED, "suppliers");
        DemoReference.SUPPLIERS.forEach(s -> suppliers.add(s.code(), s.name(), s.contact(),
                Geography.maskedPhone(random), s.province().fullName(), s.city(), s.leadTimeDays(), DemoShop.CURRENCY));
    }

    private static void writeChannelSkus(DemoFiles files, OrderHistoryGenerator orders) {
        DemoTable mappings = files.table("channel_skus.csv", "channel_code", "sku_code", "external_sku",
                "external_product_id", "external_variant_id", "listed");
        DemoRandom random = new DemoRandom(DemoShop.SEED, "channel-ids");
        for (Channel channel : DemoReference.CHANNELS) {
            for (Sku sku : orders.listedOn(channel)) {
                String productId = switch (channel.code()) {
                    case "TMALL" -> "6" + random.digits(11);
                    case "JD" -> "100" + random.digits(9);
                    case "DOUYIN" -> "37" + random.digits(17);
                    default -> "8" + random.digits(12);
                };
                String external = channel.code().equals("SHOPIFY") ? sku.code() : random.digits(13);
                mappings.add(channel.code(), sku.code(), external, productId, random.digits(14), sku.listed());
            }
        }
    }

    private static void writeStaff(DemoFiles files) {
        DemoTable teams = files.table("teams.csv", "code", "name", "lead_user");
        DemoReference.TEAMS.forEach(t -> teams.add(t[0], t[1], t[2]));
        DemoTable users = files.table("users.csv", "username", "display_name", "role", "team_code", "warehouse_code",
                "on_duty", "skills");
        for (User u : DemoReference.USERS) {
            users.add(u.username(), u.displayName(), u.role(), u.team(), u.warehouse(), u.onDuty(), u.skills());
        }
    }

    private static void writeHistory(DemoFiles files, DemoHistory history) {
        DemoTable customers = files.table("customers.csv", "channel_code", "customer_id", "name", "phone", "province",
                "city");
        for (Customer c : history.customers()) {
            customers.add(c.channel().code(), c.id(), c.name(), c.phone(), c.province().fullName(), c.city());
        }
        DemoTable orders = files.table("orders.csv", "channel_code", "order_no", "customer_id", "status", "presale",
                "placed_at", "paid_at", "promised_days", "goods_amount", "shipping_fee", "discount_amount",
                "total_amount", "buyer_note", "receiver_name", "receiver_phone", "province", "city", "district",
                "address", "hold_reason", "promotion_code");
        DemoTable lines = files.table("order_lines.csv", "order_no", "line_no", "sku_code", "title", "kind", "quantity",
                "unit_price", "amount", "presale");
        DemoTable shipments = files.table("shipments.csv", "order_no", "warehouse_code", "carrier_code", "status",
                "tracking_no", "weight_grams", "cost", "shipped_at", "delivered_at", "line_nos");
        for (Order o : history.orders()) {
            orders.add(o.channel().code(), o.orderNo(), o.customer() == null ? null : o.customer().id(), o.status(),
                    o.presale(), o.placedAt(), o.paidAt(), o.promisedDays(), o.goods(), o.shipping(), o.discount(),
                    o.total(), o.buyerNote(), o.receiverName(), o.receiverPhone(), o.province().fullName(), o.city(),
                    o.district(), o.address(), o.holdReason(), o.promotion());
            for (Line l : o.lines()) {
                lines.add(o.orderNo(), l.lineNo(), l.skuCode(), l.title(), l.kind(), l.quantity(), l.unitPrice(),
                        l.amount(), l.presale());
            }
            for (Shipment s : o.shipments()) {
                shipments.add(o.orderNo(), s.warehouse(), s.carrier(), s.status(), s.trackingNo(), s.weightGrams(),
                        s.cost(), s.shippedAt(), s.deliveredAt(),
                        s.lineNos().stream().map(String::valueOf).collect(Collectors.joining(";")));
            }
        }
        DemoTable refunds = files.table("refunds.csv", "refund_id", "order_no", "line_no", "kind", "quantity", "amount",
                "reason", "refunded_at", "ticket_code");
        history.refunds().stream()
                .sorted(Comparator.comparing(Refund::refundedAt).thenComparing(Refund::refundId))
                .forEach(r -> refunds.add(r.refundId(), r.order().orderNo(), r.lineNo(), r.kind(), r.quantity(),
                        r.amount(), r.reason(), r.refundedAt(), r.ticketCode()));
    }
}
