package io.storedesk.orders.review;

import io.storedesk.common.Money;
import io.storedesk.orders.Address;
import io.storedesk.orders.Order;
import io.storedesk.orders.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Orders shaped like sample-data/orders.csv, changed one part at a time. */
final class TestOrders {

    static final Instant T0 = Instant.parse("2026-11-19T11:19:53Z");
    static final Address HUIZHOU = new Address("郑雪", "134****4156", "中国", "广东省", "惠州市", null,
            "新华路121号碧桂园29栋4单元1605室");

    private final long id;
    private long channelId = 1;
    private Long customerId = 5302003387L;
    private OrderStatus status = OrderStatus.PAID;
    private boolean presale;
    private Instant placedAt = T0;
    private boolean paid = true;
    private Money total = Money.of("198.00", Money.CNY);
    private String note = "";
    private Address shipTo = HUIZHOU;

    private TestOrders(long id) {
        this.id = id;
    }

    static TestOrders order(long id) {
        return new TestOrders(id);
    }

    TestOrders channel(long channel) {
        this.channelId = channel;
        return this;
    }

    TestOrders customer(Long customer) {
        this.customerId = customer;
        return this;
    }

    TestOrders guest() {
        return customer(null);
    }

    TestOrders status(OrderStatus value) {
        this.status = value;
        return this;
    }

    TestOrders presale() {
        this.presale = true;
        return this;
    }

    TestOrders placed(Duration afterT0) {
        this.placedAt = T0.plus(afterT0);
        return this;
    }

    TestOrders unpaid() {
        this.paid = false;
        this.status = OrderStatus.PENDING_PAYMENT;
        return this;
    }

    TestOrders total(String amount, String currency) {
        this.total = Money.of(amount, currency);
        return this;
    }

    TestOrders note(String value) {
        this.note = value;
        return this;
    }

    TestOrders shipTo(Address value) {
        this.shipTo = value;
        return this;
    }

    TestOrders receiver(String name, String phone) {
        Address a = shipTo;
        return shipTo(new Address(name, phone, a.country(), a.province(), a.city(), a.district(), a.line()));
    }

    TestOrders line(String line) {
        Address a = shipTo;
        return shipTo(new Address(a.name(), a.phone(), a.country(), a.province(), a.city(), a.district(), line));
    }

    Order build() {
        return new Order(id, channelId, "3261119" + id, customerId, status, presale, placedAt,
                paid ? placedAt.plusSeconds(309) : null, 3, total, Money.zero(total.currency()),
                Money.zero(total.currency()), total, note, shipTo, null, null, 0, List.of());
    }
}
