package io.storedesk.sync.inbound;

import static io.storedesk.sync.inbound.InboundFixture.T0;
import static io.storedesk.sync.inbound.InboundFixture.line;
import static io.storedesk.sync.inbound.InboundFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.sync.InboundStore.InboundResult;
import io.storedesk.sync.SyncResource;
import io.storedesk.sync.remote.RemoteOrderStatus;
import io.storedesk.sync.remote.RemoteRefund;
import io.storedesk.sync.remote.RemoteRefundLine;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The channel's refunds: stored once per (order, refund id), tied to lines, and handed to the after-sales desk. */
class RefundUpsertsTest {

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
    void aRefundIsStoredOnceAndOpensOneTicketAcrossTwoIdenticalPages() {
        String code = f.skuCode(f.stockedSku(1)[0]);
        f.orders(order("7001", RemoteOrderStatus.SHIPPED, T0, List.of(line("L1", code, 2, "20.00", "0"))));
        // 20.00 for one unit back, 5.00 of the shipping with it
        RemoteRefund refund = new RemoteRefund("R1", "7001", T0.plusSeconds(3600), new BigDecimal("25.00"), "CNY",
                "Too small", true, List.of(new RemoteRefundLine("L1", code, 1, new BigDecimal("20.00"))));

        InboundResult first = f.store(f.shopify, SyncResource.REFUNDS, List.of(refund));
        InboundResult second = f.store(f.shopify, SyncResource.REFUNDS, List.of(refund));

        assertThat(first.created()).isEqualTo(1);
        assertThat(first.problems()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(1);
        assertThat(second.created()).isZero();
        assertThat(f.dsl.fetch("SELECT r.external_id, r.kind, r.quantity, r.amount, l.external_line_id,"
                        + " r.ticket_id IS NOT NULL FROM refund r JOIN orders o ON o.id = r.order_id"
                        + " LEFT JOIN order_line l ON l.id = r.order_line_id WHERE o.external_id = '7001'"
                        + " ORDER BY r.external_id")
                .map(r -> r.get(0) + " " + r.get(1) + " " + r.get(2) + " " + ((BigDecimal) r.get(3)).toPlainString()
                        + " " + r.get(4) + " " + r.get(5)))
                .containsExactly("R1 RETURN 0 5.0000 null true", "R1/1 RETURN 1 20.0000 L1 true");
        assertThat(f.count("SELECT COUNT(*) FROM ticket WHERE channel_reference = 'R1' AND channel_id = "
                + f.shopify.id())).isEqualTo(1);
        assertThat(f.value("SELECT ticket_type FROM ticket WHERE channel_reference = 'R1'")).isEqualTo("RETURN");
    }

    @Test
    void aRefundBeforeShippingIsACancellationAndALineOfUnknownIdIsMatchedBySku() {
        f.orders(order("7002", RemoteOrderStatus.PAID, T0, List.of(line("L1", "NOPE-71", 1, "30.00", "0"))));

        InboundResult result = f.store(f.shopify, SyncResource.REFUNDS, List.of(new RemoteRefund("R2", "7002", T0,
                new BigDecimal("30.00"), null, null, false, List.of(new RemoteRefundLine("X9", "NOPE-71", 1,
                new BigDecimal("30.00"))))));

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString().contains("R2", "X9", "NOPE-71");
        assertThat(f.value("SELECT kind FROM refund WHERE external_id = 'R2/1'")).isEqualTo("CANCELLATION");
        assertThat(f.value("SELECT ticket_type FROM ticket WHERE channel_reference = 'R2'")).isEqualTo("REFUND_ONLY");
    }

    @Test
    void aRefundOfAnOrderWeDoNotHaveYetIsRefusedForTheNextRun() {
        InboundResult result = f.store(f.shopify, SyncResource.REFUNDS, List.of(new RemoteRefund("R3", "no-such-order",
                T0, BigDecimal.TEN, "CNY", null, false, List.of())));

        assertThat(result.refused()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString().contains("R3", "no-such-order");
        assertThat(f.count("SELECT COUNT(*) FROM refund WHERE external_id = 'R3'")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM ticket WHERE channel_reference = 'R3'")).isZero();
    }
}
