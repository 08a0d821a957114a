package io.storedesk.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.security.PersonalData;
import io.storedesk.testing.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/** The order inbox's queries on the shared demo shop (read only). */
class OrderInboxRepositoryTest {

    private final Services services = TestStores.sharedDemo();
    private final DSLContext dsl = services.store().dsl();
    private final OrderService orders = services.orders();

    @Test
    void countsByStatusIgnoreTheStatusFilterButFollowEveryOther() {
        OrderInbox all = orders.inbox(OrderFilter.ANY, 10);
        OrderInbox held = orders.inbox(OrderFilter.ANY.withStatus(OrderStatus.ON_HOLD), 10);

        assertThat(held.counts()).isEqualTo(all.counts());
        assertThat(held.total()).isEqualTo(all.counts().get(OrderStatus.ON_HOLD).longValue())
                .isEqualTo(count("status = 'ON_HOLD'"));
        assertThat(held.rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo(OrderStatus.ON_HOLD));
        assertThat(all.total()).isEqualTo(all.countAll()).isEqualTo(count("1 = 1"));
        assertThat(all.rows()).hasSize(10);

        OrderInbox guangdong = orders.inbox(new OrderFilter(null, null, null, null, "广东省", null, null), 10);
        assertThat(guangdong.counts().get(OrderStatus.DELIVERED))
                .isEqualTo(count("status = 'DELIVERED' AND province = '广东省'"))
                .isLessThan(all.counts().get(OrderStatus.DELIVERED));
    }

    @Test
    void textFindsAnOrderByNumberBuyerReceiverPlaceOrChannel() {
        long id = ((Number) dsl.fetchValue("SELECT MIN(o.id) FROM orders o JOIN customer c ON c.id = o.customer_id "
                + "WHERE o.city <> o.province")).longValue();
        OrderRow order = orders.inbox(at(id, null), 1).rows().get(0).order();
        String receiver = (String) dsl.fetchValue("SELECT receiver_name FROM orders WHERE id = " + id);
        String buyer = (String) dsl.fetchValue("SELECT c.name FROM orders o JOIN customer c ON c.id = o.customer_id "
                + "WHERE o.id = " + id);

        // The row shows the buyer masked; the search still finds the order by the full name.
        assertThat(order.customerName()).isEqualTo(PersonalData.name(buyer));
        for (String text : List.of(order.externalId().substring(2).toLowerCase(), buyer, receiver,
                order.province(), order.city(), order.channelName())) {
            assertThat(orders.inbox(at(id, text), 5).rows()).as(text).extracting(InboxRow::id).contains(id);
        }
        assertThat(orders.inbox(at(id, "没有这样的订单"), 5).rows()).isEmpty();
    }

    @Test
    void thePlacedRangeTakesItsStartAndLeavesItsEnd() {
        Instant placed = instant("SELECT MAX(placed_at) FROM orders");
        long atTheEnd = count("placed_at = (SELECT MAX(placed_at) FROM orders)");

        assertThat(orders.inbox(new OrderFilter(null, null, null, null, null, placed, null), 5).total())
                .isEqualTo(atTheEnd);
        assertThat(orders.inbox(new OrderFilter(null, null, null, null, null, null, placed), 5).total())
                .isEqualTo(count("1 = 1") - atTheEnd);
    }

    @Test
    void aRoutedOrdersParcelsNameTheirWarehouseAndCarrier() {
        long id = ((Number) dsl.fetchValue("SELECT MIN(order_id) FROM shipment s JOIN orders o ON o.id = s.order_id "
                + "WHERE o.status = 'ROUTED'")).longValue();

        OrderDetail detail = orders.detail(id).orElseThrow();
        InboxRow row = orders.inbox(at(id, null), 1).rows().get(0);

        assertThat(detail.parcels()).isNotEmpty().hasSize(row.parcels());
        assertThat(detail.parcels()).extracting(OrderParcel::warehouseCode)
                .containsExactlyElementsOf(row.warehouses().size() == 1
                        ? java.util.Collections.nCopies(row.parcels(), row.warehouses().get(0)) : row.warehouses());
        assertThat(detail.parcels()).allSatisfy(p -> assertThat(p.carrierName()).isEqualTo(dsl.fetchValue(
                "SELECT name FROM carrier WHERE id = " + p.shipment().carrierId())));
        assertThat(detail.channelName()).isEqualTo(row.order().channelName());
        assertThat(detail.warehouseCodes()).containsExactly("WH-SH", "WH-GZ", "WH-BJ", "WH-CD", "WH-WH", "WH-XA");
    }

    @Test
    void onlyGoodsLinesAreWeighedAgainstStock() {
        long id = ((Number) dsl.fetchValue("SELECT MIN(order_id) FROM order_line WHERE kind = 'DISCOUNT'"))
                .longValue();

        OrderDetail detail = orders.detail(id).orElseThrow();

        assertThat(detail.order().lines()).extracting(OrderLine::kind).contains(LineKind.DISCOUNT);
        assertThat(detail.lines()).isNotEmpty().allSatisfy(l -> assertThat(l.line().kind()).isEqualTo(LineKind.SALE));
    }

    @Test
    void aBundleIsAvailableAsTheCompleteSetsItsPartsMake() {
        long bundle = ((Number) dsl.fetchValue("SELECT MIN(bundle_sku_id) FROM bundle_component")).longValue();
        OrderLine line = new OrderLine(0, 1, bundle, "BUNDLE", "套装", LineKind.SALE, 1, Money.of("1", "CNY"),
                Money.of("1", "CNY"), false, null);

        LineStock stock = new OrderInboxRepository(dsl).lineStock(-1, List.of(line)).get(0);

        Map<String, Integer> sets = dsl.resultQuery("SELECT w.code, MIN(FLOOR(GREATEST(COALESCE(l.on_hand - "
                        + "l.reserved, 0), 0) / b.quantity)) FROM bundle_component b CROSS JOIN warehouse w LEFT JOIN "
                        + "stock_level l ON l.sku_id = b.component_sku_id AND l.warehouse_id = w.id WHERE "
                        + "b.bundle_sku_id = " + bundle + " AND w.active GROUP BY w.code")
                .fetchMap(r -> r.get(0, String.class), r -> r.get(1, Integer.class));
        assertThat(stock.available()).isEqualTo(sets);
        assertThat(sets.values()).as("some warehouse holds whole sets").anyMatch(n -> n > 0);
    }

    @Test
    void noSuchOrderHasNoDetail() {
        assertThat(orders.detail(-1)).isEmpty();
    }

    /** The one order and those placed at the same instant, by text too when given. */
    private OrderFilter at(long id, String text) {
        Instant placed = instant("SELECT placed_at FROM orders WHERE id = " + id);
        return new OrderFilter(text, null, null, null, null, placed, placed.plusMillis(1));
    }

    private Instant instant(String sql) {
        return ((java.time.OffsetDateTime) dsl.fetchValue(sql)).toInstant();
    }

    private long count(String where) {
        return ((Number) dsl.fetchValue("SELECT COUNT(*) FROM orders WHERE " + where)).longValue();
    }
}
