package io.storedesk.orders;

import static io.storedesk.testing.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.Services;
import io.storedesk.common.Money;
import io.storedesk.testing.Fixtures;
import io.storedesk.testing.TestStores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderRepositoryTest {

    private static final Instant PLACED = Instant.parse("2026-11-11T00:05:00Z");

    private final Services services = TestStores.emptyInMemory();
    private final OrderRepository orders = new OrderRepository(services.store().dsl());
    private final Fixtures fixtures = new Fixtures(services.store().dsl());
    private long channel;
    private long warehouse;
    private Map<String, Long> skus;

    @BeforeEach
    void setUp() {
        channel = fixtures.channel("TMALL");
        warehouse = fixtures.warehouse("WH-GZ", "广东省");
        skus = fixtures.skus("P1", "纸尿裤", "x", "D-M", "D-L");
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void orderRoundTripsWithItsLinesAddressAndMoney() {
        long customer = orders.insertCustomers(List.of(new Customer(0, channel, "tb001", "王婷", "138****5678", null,
                "广东省", "广州市", "中国"))).get(new ExternalKey(channel, "tb001"));
        Order order = order("3261111000001", customer, List.of(
                line(1, "D-M", 2, "119.00", LineKind.SALE),
                line(2, "COUPON", 1, "-20.00", LineKind.DISCOUNT)));
        long id = orders.insertOrders(List.of(order), done -> { }).get(new ExternalKey(channel, "3261111000001"));

        Order stored = orders.findOrder(id).orElseThrow();
        assertThat(stored.externalId()).isEqualTo("3261111000001");
        assertThat(stored.customerId()).isEqualTo(customer);
        assertThat(stored.placedAt()).isEqualTo(PLACED);
        assertThat(stored.totalAmount()).isEqualTo(cny("218.00"));
        assertThat(stored.shipTo().province()).isEqualTo("广东省");
        assertThat(stored.lines()).extracting(OrderLine::kind).containsExactly(LineKind.SALE, LineKind.DISCOUNT);
        assertThat(stored.lines().get(0).skuId()).isEqualTo(skus.get("D-M"));
        assertThat(stored.lines().get(1).skuId()).isNull();
        assertThat(stored.lines().get(1).amount()).isEqualTo(cny("-20.00"));
        assertThat(orders.findOrderId(channel, "3261111000001")).contains(id);
    }

    @Test
    void shipmentsKeepTheirLinesAndRefundsTheirKind() {
        long id = orders.insertOrders(List.of(order("A1", null, List.of(line(1, "D-M", 2, "119.00", LineKind.SALE),
                line(2, "D-L", 1, "119.00", LineKind.SALE)))), done -> { }).get(new ExternalKey(channel, "A1"));
        Map<Integer, Long> lines = orders.lineIds(List.of(id)).get(id);
        orders.insertShipments(List.of(new Shipment(0, id, warehouse, null, null, ShipmentStatus.SHIPPED, "SF1", 3000,
                cny("12.00"), LocalDate.of(2026, 11, 13), null, PLACED, null, Map.of(lines.get(1), 2, lines.get(2), 1))));
        orders.insertRefunds(List.of(new Refund(0, id, lines.get(2), null, "R1", RefundKind.RETURN, 1, cny("119.00"),
                "SIZE", PLACED.plusSeconds(86_400))));

        Shipment shipment = orders.shipments(id).get(0);
        assertThat(shipment.quantities()).containsEntry(lines.get(1), 2).containsEntry(lines.get(2), 1);
        assertThat(shipment.estimatedCost()).isEqualTo(cny("12.00"));
        assertThat(orders.refunds(id)).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RefundKind.RETURN);
            assertThat(r.amount()).isEqualTo(cny("119.00"));
        });
    }

    @Test
    void searchFindsByOrderNumberReceiverOrPlaceNewestFirst() {
        orders.insertOrders(List.of(order("A1", null, List.of(line(1, "D-M", 1, "1.00", LineKind.SALE))),
                order("B2", null, List.of(line(1, "D-M", 1, "1.00", LineKind.SALE)))), done -> { });

        assertThat(orders.search("b2", 10).rows()).extracting(OrderRow::externalId).containsExactly("B2");
        assertThat(orders.search("广州", 10).total()).isEqualTo(2);
        assertThat(orders.search("", 10).rows().get(0).lineCount()).isEqualTo(1);
        assertThat(orders.countOrders()).isEqualTo(2);
    }

    @Test
    void theProvincesToFilterByAreThoseOrdersGoToWithoutAMissingOne() {
        orders.insertOrders(List.of(order("A1", null, List.of(line(1, "D-M", 1, "119.00", LineKind.SALE))),
                order("A2", null, List.of(line(1, "D-L", 1, "119.00", LineKind.SALE))),
                order("A3", null, List.of(line(1, "D-L", 1, "119.00", LineKind.SALE)))), done -> { });
        services.store().dsl().execute("UPDATE orders SET province = '浙江省' WHERE external_id = 'A2'");
        services.store().dsl().execute("UPDATE orders SET province = NULL WHERE external_id = 'A3'");

        assertThat(new OrderInboxRepository(services.store().dsl()).provinces())
                .containsExactlyInAnyOrder("广东省", "浙江省");
    }

    private Order order(String number, Long customer, List<OrderLine> lines) {
        Money total = lines.stream().map(OrderLine::amount).reduce(cny("0"), Money::plus);
        return new Order(0, channel, number, customer, OrderStatus.PAID, false,
                number.equals("B2") ? PLACED.plusSeconds(60) : PLACED, PLACED, 3, total, cny("0"), cny("0"), total,
                null, new Address("王婷", "138****5678", "中国", "广东省", "广州市", "天河区", "中山路1号"), null, null, 0,
                lines);
    }

    private OrderLine line(int no, String sku, int quantity, String price, LineKind kind) {
        Money unit = cny(price);
        return new OrderLine(0, no, skus.get(sku), sku, sku, kind, quantity, unit, unit.times(quantity), false, null);
    }
}
