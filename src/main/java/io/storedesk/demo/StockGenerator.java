package io.storedesk.demo;

import io.storedesk.demo.DemoCatalog.Sku;
import io.storedesk.demo.DemoHistory.Line;
import io.storedesk.demo.DemoHistory.Order;
import io.storedesk.demo.DemoHistory.Shipment;
import io.storedesk.orders.OrderStatus;
import io.storedesk.stock.ReservationKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stock positions at NOW, chosen so that every kind of warning appears: out of stock, below safety
 * stock, overstock, slow movers, near-expiry batches and oversold (negative available) presale stock.
 * Also the reservations of unpaid, presale and routed orders, and the purchase orders behind in-transit stock.
 */
final class StockGenerator {

    record Position(Sku sku, String warehouse, int onHand, int inTransit, int safetyStock, int maxStock,
                    double dailyDemand) {
    }

    /** sku differs from the line's for a bundle line: a bundle holds its components. */
    record Reservation(Order order, Line line, Sku sku, int quantity, String warehouse, ReservationKind kind,
                       LocalDateTime createdAt, LocalDateTime expiresAt) {
    }

    record PurchaseLine(String po, String supplier, String warehouse, String status, LocalDateTime orderedAt,
                        LocalDateTime expectedAt, LocalDateTime receivedAt, Sku sku, int quantity, int received) {
    }

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final LocalDate TODAY = DemoShop.LAST_DAY;

    private final DemoRandom random = new DemoRandom(DemoShop.SEED, "stock");
    private final DemoCatalog catalog;
    private final DemoAssortment assortment;
    private final DemoHistory history;
    private final List<Reservation> reservations = new ArrayList<>();
    private final List<PurchaseLine> purchases = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();

    StockGenerator(DemoCatalog catalog, DemoAssortment assortment, DemoHistory history) {
        this.catalog = catalog;
        this.assortment = assortment;
        this.history = history;
    }

    void generate() {
        reserve();
        Map<String, Integer> reserved = new LinkedHashMap<>();
        reservations.forEach(r -> reserved.merge(key(r.sku(), r.warehouse()), r.quantity(), Integer::sum));
        Map<String, Integer> shipped = shippedLast28Days();
        int forcedNegatives = 0;
        for (Sku sku : catalog.skus()) {
            if (!sku.isStocked()) {
                continue;
            }
            for (String warehouse : assortment.warehousesOf(sku)) {
                String key = key(sku, warehouse);
                double daily = shipped.getOrDefault(key, 0) / 28.0;
                int safety = Math.max(2, (int) Math.ceil(daily * 4));
                int max = Math.max(20, (int) Math.ceil(daily * 60));
                int held = reserved.getOrDefault(key, 0);
                int onHand;
                if (sku.presale()) {
                    onHand = 0;
                } else if (held > 1 && forcedNegatives < 2 && random.chance(0.2)) {
                    onHand = held - 1;
                    forcedNegatives++;
                } else {
                    onHand = Math.max(held, onHand(sku, daily, safety, max));
                }
                positions.add(new Position(sku, warehouse, onHand, 0, safety, max, daily));
            }
        }
        purchaseOrders();
    }

    private int onHand(Sku sku, double daily, int safety, int max) {
        if (sku.salesUntil() != null) {
            return random.between(20, 150);
        }
        double r = random.unit();
        if (r < 0.04) {
            return 0;
        } else if (r < 0.12) {
            return random.between(1, safety - 1);
        } else if (r < 0.18) {
            return (int) Math.ceil(max * random.between(1.3, 2.5));
        }
        return Math.max(safety + random.between(0, 5), (int) Math.ceil(daily * random.between(10, 40)));
    }

    private void reserve() {
        for (Order order : history.orders()) {
            if (order.status() == OrderStatus.PENDING_PAYMENT) {
                for (Line line : order.saleLines()) {
                    hold(order, line, stockingWarehouse(order, line), ReservationKind.UNPAID, order.placedAt(),
                            order.placedAt().plusMinutes(60));
                }
            } else if (order.status() == OrderStatus.ROUTED) {
                for (Shipment s : order.shipments()) {
                    for (Integer lineNo : s.lineNos()) {
                        hold(order, order.line(lineNo), s.warehouse(), ReservationKind.ALLOCATED,
                                order.paidAt().plusHours(3), null);
                    }
                }
            } else if (order.presale() && order.shipments().isEmpty() && order.status() != OrderStatus.CANCELLED) {
                for (Line line : order.saleLines()) {
                    if (line.presale()) {
                        hold(order, line, stockingWarehouse(order, line), ReservationKind.PRESALE, order.paidAt(),
                                null);
                    }
                }
            }
        }
    }

    private void hold(Order order, Line line, String warehouse, ReservationKind kind, LocalDateTime createdAt,
                      LocalDateTime expiresAt) {
        if (line.sku().bundle()) {
            DemoCatalog.Bundle bundle = catalog.bundles().stream().filter(b -> b.sku() == line.sku()).findFirst()
                    .orElseThrow();
            for (DemoCatalog.Component c : bundle.components()) {
                reservations.add(new Reservation(order, line, c.sku(), line.quantity() * c.quantity(), warehouse, kind,
                        createdAt, expiresAt));
            }
        } else {
            reservations.add(new Reservation(order, line, line.sku(), line.quantity(), warehouse, kind, createdAt,
                    expiresAt));
        }
    }

    private String stockingWarehouse(Order order, Line line) {
        String home = Fulfilment.homeWarehouse(order.channel(), order.province()).code();
        if (line.sku().bundle() || !assortment.stocks(home, line.sku())) {
            return "WH-SH";
        }
        return home;
    }

    private Map<String, Integer> shippedLast28Days() {
        LocalDateTime since = DemoShop.NOW.minusDays(28);
        Map<String, Integer> units = new LinkedHashMap<>();
        for (Order order : history.orders()) {
            for (Shipment s : order.shipments()) {
                if (s.shippedAt() == null || s.shippedAt().isBefore(since)) {
                    continue;
                }
                for (Integer lineNo : s.lineNos()) {
                    Line line = order.line(lineNo);
                    units.merge(key(line.sku(), s.warehouse()), line.quantity(), Integer::sum);
                }
            }
        }
        return units;
    }

    /** Received history, goods on the way (in transit), a part delivery, drafts and a cancelled order. */
    private void purchaseOrders() {
        int sequence = 0;
        for (Sku sku : catalog.skus().stream().filter(Sku::presale).toList()) {
            for (String warehouse : List.of("WH-SH", "WH-GZ")) {
                purchase(++sequence, "SENT", warehouse, 8, List.of(sku), 300, 0);
            }
        }
        List<Position> empty = positions.stream().filter(p -> p.onHand() == 0 && !p.sku().presale()).toList();
        for (int i = 0; i < Math.min(3, empty.size()); i++) {
            Position p = empty.get(i * Math.max(1, empty.size() / 3));
            purchase(++sequence, "SENT", p.warehouse(), random.between(2, 6), List.of(p.sku()), orderQuantity(p), 0);
        }
        List<Position> milk = positions.stream()
                .filter(p -> p.sku().product().topCode().equals("NF") && p.warehouse().equals("WH-BJ")).toList();
        purchase(++sequence, "PARTIAL", "WH-BJ", 9, milk.subList(0, Math.min(4, milk.size())).stream()
                .map(Position::sku).toList(), 120, 60);
        for (int i = 0; i < 5; i++) {
            Position p = positions.get(random.between(0, positions.size() - 1));
            purchase(++sequence, "RECEIVED", p.warehouse(), random.between(20, 120), List.of(p.sku()),
                    orderQuantity(p), -1);
        }
        List<Position> low = positions.stream()
                .filter(p -> p.onHand() > 0 && p.onHand() < p.safetyStock() && p.warehouse().equals("WH-SH")).toList();
        for (int i = 0; i < Math.min(2, low.size()); i++) {
            purchase(++sequence, "DRAFT", "WH-SH", 1, List.of(low.get(i).sku()), orderQuantity(low.get(i)), 0);
        }
        Position any = positions.get(random.between(0, positions.size() - 1));
        purchase(++sequence, "CANCELLED", any.warehouse(), 30, List.of(any.sku()), orderQuantity(any), 0);
        applyInTransit();
    }

    private static int orderQuantity(Position p) {
        int wanted = Math.max(p.maxStock() - p.onHand(), p.sku().packSize());
        return ((wanted + p.sku().packSize() - 1) / p.sku().packSize()) * p.sku().packSize();
    }

    /** received -1 = everything arrived. */
    private void purchase(int sequence, String status, String warehouse, int daysAgo, List<Sku> skus, int quantity,
                          int received) {
        LocalDateTime orderedAt = DemoShop.NOW.minusDays(daysAgo).withHour(10).withMinute(random.between(0, 59));
        Sku first = skus.get(0);
        String supplier = first.supplier();
        int lead = DemoReference.SUPPLIERS.stream().filter(s -> s.code().equals(supplier)).findFirst().orElseThrow()
                .leadTimeDays();
        LocalDateTime expectedAt = orderedAt.plusDays(lead);
        LocalDateTime receivedAt = status.equals("RECEIVED") ? expectedAt.plusDays(random.between(-2, 3)) : null;
        String code = "PO" + orderedAt.format(YYMMDD) + "-" + String.format(Locale.ROOT, "%02d", sequence);
        for (Sku sku : skus) {
            int got = received < 0 ? quantity : received;
            purchases.add(new PurchaseLine(code, supplier, warehouse, status, status.equals("DRAFT") ? null : orderedAt,
                    expectedAt, receivedAt, sku, quantity, got));
        }
    }

    private void applyInTransit() {
        Map<String, Integer> transit = new LinkedHashMap<>();
        for (PurchaseLine line : purchases) {
            if (line.status().equals("SENT") || line.status().equals("PARTIAL")) {
                transit.merge(key(line.sku(), line.warehouse()), line.quantity() - line.received(), Integer::sum);
            }
        }
        positions.replaceAll(p -> new Position(p.sku(), p.warehouse(), p.onHand(),
                transit.getOrDefault(key(p.sku(), p.warehouse()), 0), p.safetyStock(), p.maxStock(), p.dailyDemand()));
    }

    void write(DemoFiles files) {
        DemoTable settings = files.table("stock_settings.csv", "sku_code", "warehouse_code", "supplier_code",
                "safety_stock", "reorder_point", "max_stock", "lead_time_days", "moq", "pack_size", "service_level");
        DemoTable levels = files.table("stock_levels.csv", "sku_code", "warehouse_code", "on_hand", "in_transit");
        DemoTable batches = files.table("stock_batches.csv", "sku_code", "warehouse_code", "batch_no", "quantity",
                "expiry_date", "received_at");
        for (Position p : positions) {
            Sku sku = p.sku();
            String service = p.dailyDemand() >= 1 ? "0.98" : "0.95";
            settings.add(sku.code(), p.warehouse(), sku.supplier(), p.safetyStock(), null, p.maxStock(), null,
                    sku.packSize() * 2, sku.packSize(), new BigDecimal(service));
            levels.add(sku.code(), p.warehouse(), p.onHand(), p.inTransit());
            if (sku.shelfLifeDays() != null && p.onHand() > 0) {
                writeBatches(batches, p);
            }
        }
        DemoTable pos = files.table("purchase_orders.csv", "po_code", "supplier_code", "warehouse_code", "status",
                "ordered_at", "expected_at", "received_at", "sku_code", "quantity", "received_quantity", "unit_cost");
        for (PurchaseLine l : purchases) {
            pos.add(l.po(), l.supplier(), l.warehouse(), l.status(), l.orderedAt(), l.expectedAt(), l.receivedAt(),
                    l.sku().code(), l.quantity(), l.received(), l.sku().cost());
        }
        DemoTable held = files.table("reservations.csv", "order_no", "line_no", "sku_code", "warehouse_code",
                "quantity", "kind", "created_at", "expires_at");
        for (Reservation r : reservations) {
            held.add(r.order().orderNo(), r.line().lineNo(), r.sku().code(), r.warehouse(), r.quantity(), r.kind(),
                    r.createdAt(), r.expiresAt());
        }
    }

    private void writeBatches(DemoTable batches, Position p) {
        int shelf = p.sku().shelfLifeDays();
        int count = p.onHand() < 10 ? 1 : random.between(1, 3);
        int left = p.onHand();
        boolean nearExpiry = random.chance(0.08);
        for (int i = 0; i < count; i++) {
            int quantity = i == count - 1 ? left : Math.max(1, left / (count - i) + random.between(-2, 2));
            quantity = Math.min(quantity, left - (count - i - 1));
            left -= quantity;
            LocalDate received;
            if (i == 0 && nearExpiry) {
                received = TODAY.plusDays(random.between(5, 45)).minusDays(shelf);
            } else {
                received = TODAY.minusDays(random.between(5 + i * 10, Math.min(shelf - 60, 200)));
            }
            String batchNo = "B" + received.format(YYMMDD) + "-" + String.format(Locale.ROOT, "%02d", i + 1);
            batches.add(p.sku().code(), p.warehouse(), batchNo, quantity, received.plusDays(shelf),
                    received.atTime(14, 0));
        }
    }

    private static String key(Sku sku, String warehouse) {
        return sku.code() + "@" + warehouse;
    }
}
