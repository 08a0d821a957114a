package io.storedesk.sync.inbound;

import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.REFUND;
import static io.storedesk.store.schema.Tables.TICKET;

import io.storedesk.orders.LineKind;
import io.storedesk.orders.OrderStatus;
import io.storedesk.store.Chunks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/** What storing a channel's refunds reads: the orders they belong to, refunds stored before, ticket ids. */
public final class InboundRefundRepository {

    private final DSLContext dsl;

    public InboundRefundRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An order a refund is on, with the lines its amounts can be tied to. */
    record RefundOrder(long id, String externalId, OrderStatus status, String currency, List<Line> lines) {

        boolean shipped() {
            return status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED;
        }

        record Line(long id, String skuCode, String externalLineId, LineKind kind, int quantity) {
        }
    }

    /** The channel's orders with these external ids, by external id. */
    Map<String, RefundOrder> orders(long channelId, Collection<String> externalIds) {
        Map<Long, List<RefundOrder.Line>> lines = new HashMap<>();
        Map<String, RefundOrder> found = new HashMap<>();
        for (List<String> chunk : Chunks.of(externalIds)) {
            dsl.select(ORDER_LINE.ORDER_ID, ORDER_LINE.ID, ORDER_LINE.SKU_CODE, ORDER_LINE.EXTERNAL_LINE_ID,
                            ORDER_LINE.KIND, ORDER_LINE.QUANTITY)
                    .from(ORDER_LINE).join(ORDERS).on(ORDERS.ID.eq(ORDER_LINE.ORDER_ID))
                    .where(ORDERS.CHANNEL_ID.eq(channelId), ORDERS.EXTERNAL_ID.in(chunk))
                    .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                    .forEach(r -> lines.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new RefundOrder.Line(
                            r.value2(), r.value3(), r.value4(), LineKind.valueOf(r.value5()), r.value6())));
            dsl.select(ORDERS.ID, ORDERS.EXTERNAL_ID, ORDERS.STATUS, ORDERS.CURRENCY).from(ORDERS)
                    .where(ORDERS.CHANNEL_ID.eq(channelId), ORDERS.EXTERNAL_ID.in(chunk))
                    .forEach(r -> found.put(r.value2(), new RefundOrder(r.value1(), r.value2(),
                            OrderStatus.valueOf(r.value3()), r.value4(), lines.getOrDefault(r.value1(), List.of()))));
        }
        return found;
    }

    /** "orderId/externalId" of the refunds these orders already hold. */
    Set<String> existing(Collection<Long> orderIds) {
        Set<String> found = new HashSet<>();
        for (List<Long> chunk : Chunks.of(orderIds)) {
            dsl.select(REFUND.ORDER_ID, REFUND.EXTERNAL_ID).from(REFUND)
                    .where(REFUND.ORDER_ID.in(chunk), REFUND.EXTERNAL_ID.isNotNull())
                    .forEach(r -> found.add(r.value1() + "/" + r.value2()));
        }
        return found;
    }

    Optional<Long> ticketId(String code) {
        return dsl.select(TICKET.ID).from(TICKET).where(TICKET.CODE.eq(code)).fetchOptional(TICKET.ID);
    }
}
