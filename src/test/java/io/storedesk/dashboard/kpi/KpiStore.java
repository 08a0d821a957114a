package io.storedesk.dashboard.kpi;

import static io.storedesk.testing.Fixtures.cny;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.orders.Address;
import io.storedesk.orders.Customer;
import io.storedesk.orders.ExternalKey;
import io.storedesk.orders.LineKind;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import io.storedesk.orders.Refund;
import io.storedesk.orders.RefundKind;
import io.storedesk.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A small store whose KPIs are computed by hand (shop zone Asia/Shanghai; the period is 2026-11-01..07, the
 * previous one 2026-10-25..31). SKU A costs 60, SKU B has no cost.
 * <pre>
 * O0 10-28 Alice TMALL  1 × A 100                                     (previous period)
 * O1 11-01 10:00 Alice TMALL 上海市  2 × A 100, coupon −20, postage 1 × 10
 * O2 11-03 15:00 Bob   TMALL 浙江省  1 × B 50; returned 11-04: 50 “SIZE”
 * O3 11-05 20:00 guest JD    上海市  3 × A 100, a gift 1 × A 0
 * O4 11-06 09:00 Alice JD    上海市  1 × A 100, cancelled 11-06: 100
 * O5 11-08 00:30 Bob   TMALL 上海市  1 × A 100                        (the next day in Shanghai: outside)
 * O6 11-02 guest TMALL: only an adjustment −5                         (no sold line: not an order)
 * refund of O0 dated 11-02: 10 “DAMAGED” (refund-only)
 * traffic: TMALL 11-01 100 visitors, 11-03 50 visitors
 * </pre>
 */
final class KpiStore {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final Services services;
    final OrderRepository orders;
    final long tmall;
    final long jd;
    final long warehouse;
    final long skuA;
    final long skuB;
    final long alice;
    final long bob;
    Map<ExternalKey, Long> ids;

    KpiStore(Services services) {
        this.services = services;
        this.orders = new OrderRepository(services.store().dsl());
        Fixtures fixtures = new Fixtures(services.store().dsl());
        tmall = fixtures.channel("TMALL");
        jd = fixtures.channel("JD");
        warehouse = fixtures.warehouse("W1", "上海市");
        Map<String, Long> skus = fixtures.skus("P1", "T恤", "夏", "A", "B");
        skuA = skus.get("A");
        skuB = skus.get("B");
        services.store().dsl().execute("UPDATE sku SET cost = NULL WHERE id = ?", skuB);
        Map<ExternalKey, Long> customers = orders.insertCustomers(List.of(
                new Customer(0, tmall, "alice", "Alice", null, null, null, null, null),
                new Customer(0, tmall, "bob", "Bob", null, null, null, null, null)));
        alice = customers.get(new ExternalKey(tmall, "alice"));
        bob = customers.get(new ExternalKey(tmall, "bob"));
        services.store().dsl().execute("INSERT INTO channel_traffic (channel_id, traffic_date, visitors) VALUES "
                + "(?, DATE '2026-11-01', 100), (?, DATE '2026-11-03', 50)", tmall, tmall);
    }

    KpiStore withOrders() {
        ids = orders.insertOrders(List.of(
                order(tmall, "O0", alice, at(10, 28, 12), "上海市", OrderStatus.DELIVERED, sale(1, skuA, 1, "100")),
                order(tmall, "O1", alice, at(11, 1, 10), "上海市", OrderStatus.DELIVERED, sale(1, skuA, 2, "100"),
                        other(2, LineKind.DISCOUNT, "-20"), other(3, LineKind.SHIPPING, "10")),
                order(tmall, "O2", bob, at(11, 3, 15), "浙江省", OrderStatus.DELIVERED, sale(1, skuB, 1, "50")),
                order(jd, "O3", null, at(11, 5, 20), "上海市", OrderStatus.DELIVERED, sale(1, skuA, 3, "100"),
                        sale(2, skuA, 1, "0")),
                order(jd, "O4", alice, at(11, 6, 9), "上海市", OrderStatus.CANCELLED, sale(1, skuA, 1, "100")),
                order(tmall, "O5", bob, LocalDateTime.of(2026, 11, 8, 0, 30).atZone(SHANGHAI).toInstant(), "上海市",
                        OrderStatus.PAID, sale(1, skuA, 1, "100")),
                order(tmall, "O6", null, at(11, 2, 11), "上海市", OrderStatus.DELIVERED,
                        other(1, LineKind.ADJUSTMENT, "-5"))), done -> { });
        long o2Line = services.store().dsl().fetchValue(
                "SELECT id FROM order_line WHERE order_id = ?", id(tmall, "O2")) instanceof Number n ? n.longValue() : 0;
        orders.insertRefunds(List.of(
                new Refund(0, id(tmall, "O2"), o2Line, null, "R1", RefundKind.RETURN, 1, cny("50.00"), "SIZE",
                        at(11, 4, 10)),
                new Refund(0, id(jd, "O4"), null, null, "R2", RefundKind.CANCELLATION, 0, cny("100.00"), null,
                        at(11, 6, 10)),
                new Refund(0, id(tmall, "O0"), null, null, "R3", RefundKind.REFUND_ONLY, 0, cny("10.00"), "DAMAGED",
                        at(11, 2, 9))));
        return this;
    }

    long id(long channel, String number) {
        return ids.get(new ExternalKey(channel, number));
    }

    Order order(long channel, String number, Long customer, Instant placed, String province, OrderStatus status,
                OrderLine... lines) {
        Money total = List.of(lines).stream().map(OrderLine::amount).reduce(cny("0"), Money::plus);
        return new Order(0, channel, number, customer, status, false, placed, placed, 3, total, cny("0"), cny("0"),
                total, null, new Address(null, null, "中国", province, "某市", null, "x"), null, null, 0, List.of(lines));
    }

    OrderLine sale(int no, long sku, int quantity, String price) {
        Money unit = cny(price);
        return new OrderLine(0, no, sku, sku == skuA ? "A" : "B", null, LineKind.SALE, quantity, unit,
                unit.times(quantity), false, warehouse);
    }

    static OrderLine other(int no, LineKind kind, String price) {
        Money unit = cny(price);
        return new OrderLine(0, no, null, kind.name(), null, kind, 1, unit, unit, false, null);
    }

    static Instant at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }
}
