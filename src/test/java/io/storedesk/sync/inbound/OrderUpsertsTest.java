package io.storedesk.sync.inbound;

import static io.storedesk.sync.inbound.InboundFixture.T0;
import static io.storedesk.sync.inbound.InboundFixture.line;
import static io.storedesk.sync.inbound.InboundFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.stock.PositionKey;
import io.storedesk.stock.ReservationKind;
import io.storedesk.sync.InboundStore.InboundResult;
import io.storedesk.sync.remote.RemoteAddress;
import io.storedesk.sync.remote.RemoteCustomer;
import io.storedesk.sync.remote.RemoteOrder;
import io.storedesk.sync.remote.RemoteOrderStatus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pulled orders upserted by (channel, external id): created, updated by newer versions, never by older ones. */
class OrderUpsertsTest {

    // One demo copy for the class: every test uses its own order ids.
    private static InboundFixture f;

    @BeforeAll
    static void open() {
        f = new InboundFixture();
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void aNewOrderIsStoredWithItsLinesBuyerShippingAndDiscount() {
        String known = f.skuCode(f.stockedSku(1)[0]);
        RemoteOrder o = new RemoteOrder("5001", "#1001", RemoteOrderStatus.PAID, "paid", T0, T0.plusSeconds(30),
                T0.plusSeconds(30), "CNY", new BigDecimal("10.00"), new BigDecimal("5.00"), new BigDecimal("49.80"),
                "请尽快发货", new RemoteCustomer("C-9", "王小明", "13900000000", "w@example.com"),
                new RemoteAddress("王小明", "13900000000", "CN", "GD", "广州市", "天河区", "体育西路 1 号"),
                List.of(line("L1", known, 2, "19.90", "3.00"), line("L2", "NOPE-1", 1, "5.00", "0")));

        InboundResult result = f.orders(o);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.problems()).isEmpty();
        long id = ((Number) f.value("SELECT id FROM orders WHERE external_id = '5001'")).longValue();
        // goods 2 × 19.90 + 5.00 = 44.80; discount 5.00 in all, 3.00 of it given to line L1 (the channel's total
        // discount includes the lines', so it is not added twice);
        // total 44.80 + 10.00 − 5.00 = 49.80, as the channel says.
        assertThat(f.value("SELECT goods_amount FROM orders WHERE id = " + id)).isEqualTo(new BigDecimal("44.8000"));
        assertThat(f.value("SELECT shipping_fee FROM orders WHERE id = " + id)).isEqualTo(new BigDecimal("10.0000"));
        assertThat(f.value("SELECT discount_amount FROM orders WHERE id = " + id)).isEqualTo(new BigDecimal("5.0000"));
        assertThat(f.value("SELECT total_amount FROM orders WHERE id = " + id)).isEqualTo(new BigDecimal("49.8000"));
        assertThat(f.value("SELECT status FROM orders WHERE id = " + id)).isEqualTo("PAID");
        assertThat(f.value("SELECT province FROM orders WHERE id = " + id)).isEqualTo("广东省");
        assertThat(f.value("SELECT SUM(amount) FROM order_line WHERE order_id = " + id))
                .isEqualTo(new BigDecimal("49.8000"));
        assertThat(f.dsl.fetch("SELECT line_no, sku_code, kind, quantity, amount, external_line_id,"
                        + " sku_id IS NOT NULL FROM order_line WHERE order_id = " + id + " ORDER BY line_no")
                .map(r -> r.get(1) + " " + r.get(2) + " " + r.get(3) + " " + ((BigDecimal) r.get(4)).toPlainString()
                        + " " + r.get(5) + " " + r.get(6)))
                .containsExactly(known + " SALE 2 39.8000 L1 true", "NOPE-1 SALE 1 5.0000 L2 false",
                        "POSTAGE SHIPPING 1 10.0000 null true", "COUPON DISCOUNT 1 -5.0000 null true");
        assertThat(f.value("SELECT c.name FROM customer c JOIN orders o ON o.customer_id = c.id WHERE o.id = " + id))
                .isEqualTo("王小明");
    }

    @Test
    void theSamePageTwiceChangesNothing() {
        RemoteOrder o = order("5002", RemoteOrderStatus.PAID, T0, List.of(line("L1", "NOPE-2", 1, "9.00", "0")));
        f.orders(o, o);
        int orders = f.count("SELECT COUNT(*) FROM orders");
        int lines = f.count("SELECT COUNT(*) FROM order_line");
        int customers = f.count("SELECT COUNT(*) FROM customer");

        InboundResult again = f.orders(o, o);

        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.created() + again.updated() + again.conflicts()).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM orders")).isEqualTo(orders);
        assertThat(f.count("SELECT COUNT(*) FROM order_line")).isEqualTo(lines);
        assertThat(f.count("SELECT COUNT(*) FROM customer")).isEqualTo(customers);
        assertThat(f.count("SELECT COUNT(*) FROM orders WHERE external_id = '5002'")).isEqualTo(1);
    }

    @Test
    void aRoutedOrderTheChannelCancelsIsCancelledItsHoldsReleasedAndTheConflictLogged() {
        long[] stocked = f.stockedSku(2);
        String code = f.skuCode(stocked[0]);
        f.orders(order("5003", RemoteOrderStatus.PAID, T0, List.of(line("L1", code, 2, "20.00", "0"))));
        long id = ((Number) f.value("SELECT id FROM orders WHERE external_id = '5003'")).longValue();
        long lineId = ((Number) f.value("SELECT id FROM order_line WHERE order_id = " + id + " AND line_no = 1"))
                .longValue();
        f.services.stockReservations().reserve(new PositionKey(stocked[0], stocked[1]), id, lineId, 2,
                ReservationKind.ALLOCATED, "router");
        f.dsl.execute("UPDATE orders SET status = 'ROUTED', updated_by = 'router' WHERE id = " + id);
        int reservedBefore = reserved(stocked);

        InboundResult result = f.orders(order("5003", RemoteOrderStatus.CANCELLED, T0.plusSeconds(600),
                List.of(line("L1", code, 2, "20.00", "0"))));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(f.value("SELECT status FROM orders WHERE id = " + id)).isEqualTo("CANCELLED");
        assertThat(reserved(stocked)).isEqualTo(reservedBefore - 2);
        assertThat(f.count("SELECT COUNT(*) FROM stock_reservation WHERE order_id = " + id
                + " AND released_at IS NULL")).isZero();
        assertThat(f.dsl.fetch("SELECT field, local_value, remote_value, winner FROM sync_conflict"
                        + " WHERE entity = 'ORDER' AND entity_key = '5003'").map(r -> r.get(0) + " " + r.get(1) + " "
                        + r.get(2) + " " + r.get(3)))
                .contains("status ROUTED CANCELLED REMOTE");
        assertThat(result.conflicts()).isPositive();
    }

    @Test
    void theChannelStillSayingPaidLeavesARoutedOrderRouted() {
        f.orders(order("5004", RemoteOrderStatus.PAID, T0, List.of(line("L1", "NOPE-4", 1, "9.00", "0"))));
        f.dsl.execute("UPDATE orders SET status = 'ROUTED', updated_by = 'router' WHERE external_id = '5004'");

        InboundResult result = f.orders(order("5004", RemoteOrderStatus.PAID, T0.plusSeconds(60),
                List.of(line("L1", "NOPE-4", 1, "9.00", "0"))));

        assertThat(f.value("SELECT status FROM orders WHERE external_id = '5004'")).isEqualTo("ROUTED");
        assertThat(result.conflicts()).isZero();
    }

    @Test
    void anOlderVersionArrivingLaterDoesNotOverwriteANewerOne() {
        List<io.storedesk.sync.remote.RemoteOrderLine> lines = List.of(line("L1", "NOPE-5", 1, "9.00", "0"));
        f.orders(order("5005", RemoteOrderStatus.SHIPPED, T0.plusSeconds(600), "深圳市", lines));

        InboundResult result = f.orders(order("5005", RemoteOrderStatus.PAID, T0, "广州市", lines));

        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(f.value("SELECT city FROM orders WHERE external_id = '5005'")).isEqualTo("深圳市");
        assertThat(f.value("SELECT status FROM orders WHERE external_id = '5005'")).isEqualTo("SHIPPED");
    }

    @Test
    void aNewerVersionOnALaterPageUpdatesTheOrderAndItsLinesWhileUnrouted() {
        f.orders(order("5006", RemoteOrderStatus.PENDING_PAYMENT, T0, List.of(line("L1", "NOPE-6", 1, "9.00", "0"))));

        InboundResult result = f.orders(order("5006", RemoteOrderStatus.PAID, T0.plusSeconds(60),
                List.of(line("L1", "NOPE-6", 3, "9.00", "0"), line("L2", "NOPE-7", 1, "1.00", "0"))));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.conflicts()).isZero(); // only the channel had changed it
        assertThat(f.value("SELECT status FROM orders WHERE external_id = '5006'")).isEqualTo("PAID");
        assertThat(f.value("SELECT goods_amount FROM orders WHERE external_id = '5006'"))
                .isEqualTo(new BigDecimal("28.0000"));
        assertThat(f.count("SELECT COUNT(*) FROM order_line l JOIN orders o ON o.id = l.order_id"
                + " WHERE o.external_id = '5006'")).isEqualTo(2);
    }

    @Test
    void anUnknownStatusKeepsTheStoredOneAndReportsTheChannelsWord() {
        RemoteOrder unknown = new RemoteOrder("5007", "#5007", RemoteOrderStatus.UNKNOWN, "on_the_moon", T0, null, T0,
                "CNY", null, null, null, null, null, null, List.of(line("L1", "NOPE-8", 1, "9.00", "0")));

        InboundResult result = f.orders(unknown);

        assertThat(result.created()).isEqualTo(1);
        assertThat(f.value("SELECT status FROM orders WHERE external_id = '5007'")).isEqualTo("PENDING_PAYMENT");
        assertThat(f.value("SELECT customer_id FROM orders WHERE external_id = '5007'")).isNull();
        assertThat(result.problems()).singleElement().asString().contains("#5007", "on_the_moon", "Awaiting payment");
    }

    @Test
    void anOrderWithANegativeQuantityIsRefusedAndTheRestOfThePageStored() {
        InboundResult result = f.orders(
                order("5008", RemoteOrderStatus.PAID, T0, List.of(line("L1", "NOPE-9", -1, "9.00", "0"))),
                order("5009", RemoteOrderStatus.PAID, T0, List.of(line("L1", "NOPE-9", 1, "9.00", "0"))));

        assertThat(result.refused()).isEqualTo(1);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString().contains("#5008", "NOPE-9", "-1");
        assertThat(f.count("SELECT COUNT(*) FROM orders WHERE external_id = '5008'")).isZero();
    }

    @Test
    void aTaxTheChannelAddsOnTopBecomesAnAdjustmentLineSoTheLinesAddUpToTheTotal() {
        RemoteOrder taxed = new RemoteOrder("5010", "#5010", RemoteOrderStatus.PAID, "paid", T0, T0, T0, "USD",
                BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("10.80"), null, null,
                new RemoteAddress("Ann", null, "US", "NY", "New York", null, "1 Main St"),
                List.of(line("L1", "NOPE-10", 1, "10.00", "0")));

        f.orders(taxed);

        assertThat(f.value("SELECT province FROM orders WHERE external_id = '5010'")).isEqualTo("NY");
        assertThat(f.value("SELECT l.amount FROM order_line l JOIN orders o ON o.id = l.order_id"
                + " WHERE o.external_id = '5010' AND l.kind = 'ADJUSTMENT'")).isEqualTo(new BigDecimal("0.8000"));
    }

    private int reserved(long[] position) {
        return f.count("SELECT reserved FROM stock_level WHERE sku_id = " + position[0] + " AND warehouse_id = "
                + position[1]);
    }
}
