package io.storedesk.orders.ui;

import io.storedesk.orders.Order;
import io.storedesk.orders.OrderLine;
import io.storedesk.orders.OrderRepository;
import io.storedesk.orders.OrderStatus;
import java.util.List;
import org.jooq.DSLContext;

/** The demo shop suggests no merge; this makes one. */
final class MergeFixtures {

    private MergeFixtures() {
    }

    /** A copy of the first paid order, to the same buyer and address half an hour later: the two should merge. */
    static void secondOrderToTheSameAddress(DSLContext dsl) {
        OrderRepository orders = new OrderRepository(dsl);
        long id = ((Number) dsl.fetchValue("SELECT MIN(id) FROM orders WHERE status = 'PAID' AND NOT presale"))
                .longValue();
        Order first = orders.findOrder(id).orElseThrow();
        List<OrderLine> lines = first.lines().stream().map(l -> new OrderLine(0, l.lineNo(), l.skuId(), l.skuCode(),
                l.title(), l.kind(), l.quantity(), l.unitPrice(), l.amount(), l.presale(), null)).toList();
        orders.insertOrders(List.of(new Order(0, first.channelId(), first.externalId() + "-2", first.customerId(),
                OrderStatus.PAID, false, first.placedAt().plusSeconds(1800), first.paidAt().plusSeconds(1800),
                first.promisedDays(), first.goodsAmount(), first.shippingFee(), first.discountAmount(),
                first.totalAmount(), null, first.shipTo(), null, null, 0, lines)), done -> { });
    }
}
