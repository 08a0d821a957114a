package io.storedesk.aftersales.intake;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SHIPMENT_LINE;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.TICKET;
import static io.storedesk.store.schema.Tables.TICKET_LINE;

import io.storedesk.aftersales.TicketStatus;
import io.storedesk.aftersales.TicketType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What opening a ticket reads: orders and their claimable lines, channels, buyers, SKUs and existing codes. */
public final class IntakeRepository {

    /** Tickets whose lines count against an order line: returns and exchanges not rejected or cancelled. */
    private static final Condition CLAIMING = TICKET.TICKET_TYPE.in(TicketType.RETURN.name(),
            TicketType.EXCHANGE.name()).and(TICKET.STATUS.notIn(TicketStatus.REJECTED.name(),
            TicketStatus.CANCELLED.name()));

    private final DSLContext dsl;

    public IntakeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<OrderForTicket> order(long orderId) {
        return order(ORDERS.ID.eq(orderId));
    }

    public Optional<OrderForTicket> order(long channelId, String externalId) {
        return order(ORDERS.CHANNEL_ID.eq(channelId).and(ORDERS.EXTERNAL_ID.eq(externalId)));
    }

    private Optional<OrderForTicket> order(Condition which) {
        var head = dsl.select(ORDERS.ID, ORDERS.EXTERNAL_ID, ORDERS.CHANNEL_ID, ORDERS.CUSTOMER_ID, CUSTOMER.TIER,
                        ORDERS.STATUS)
                .from(ORDERS).leftJoin(CUSTOMER).on(CUSTOMER.ID.eq(ORDERS.CUSTOMER_ID))
                .where(which).fetchOne();
        if (head == null) {
            return Optional.empty();
        }
        long orderId = head.value1();
        Map<Long, Integer> claimed = dsl.select(TICKET_LINE.ORDER_LINE_ID, DSL.sum(TICKET_LINE.QUANTITY))
                .from(TICKET_LINE).join(TICKET).on(TICKET.ID.eq(TICKET_LINE.TICKET_ID))
                .join(ORDER_LINE).on(ORDER_LINE.ID.eq(TICKET_LINE.ORDER_LINE_ID))
                .where(ORDER_LINE.ORDER_ID.eq(orderId), CLAIMING)
                .groupBy(TICKET_LINE.ORDER_LINE_ID)
                .fetchMap(r -> r.value1(), r -> r.value2().intValue());
        Map<Long, Long> shipped = new HashMap<>();
        dsl.select(SHIPMENT_LINE.ORDER_LINE_ID, SHIPMENT.WAREHOUSE_ID)
                .from(SHIPMENT_LINE).join(SHIPMENT).on(SHIPMENT.ID.eq(SHIPMENT_LINE.SHIPMENT_ID))
                .where(SHIPMENT.ORDER_ID.eq(orderId), SHIPMENT.STATUS.ne("CANCELLED"))
                .orderBy(SHIPMENT.ID)
                .forEach(r -> shipped.putIfAbsent(r.value1(), r.value2()));
        List<OrderForTicket.Line> lines = dsl.select(ORDER_LINE.ID, ORDER_LINE.LINE_NO, ORDER_LINE.SKU_ID,
                        ORDER_LINE.SKU_CODE, ORDER_LINE.KIND, ORDER_LINE.QUANTITY, ORDER_LINE.WAREHOUSE_ID)
                .from(ORDER_LINE).where(ORDER_LINE.ORDER_ID.eq(orderId)).orderBy(ORDER_LINE.LINE_NO)
                .fetch(r -> new OrderForTicket.Line(r.value1(), r.value2(), r.value3(), r.value4(),
                        "SALE".equals(r.value5()), r.value6(), claimed.getOrDefault(r.value1(), 0),
                        shipped.getOrDefault(r.value1(), r.value7())));
        return Optional.of(new OrderForTicket(orderId, head.value2(), head.value3(), head.value4(), head.value5(),
                head.value6(), lines));
    }

    public Optional<Long> channelId(String code) {
        return dsl.select(CHANNEL.ID).from(CHANNEL).where(CHANNEL.CODE.eq(code)).fetchOptional(CHANNEL.ID);
    }

    public boolean channelExists(long channelId) {
        return dsl.fetchExists(CHANNEL, CHANNEL.ID.eq(channelId));
    }

    /** The buyer's tier (null when not computed yet); empty when there is no such customer. */
    public Optional<Optional<String>> customerTier(long customerId) {
        return dsl.select(CUSTOMER.TIER).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId))
                .fetchOptional(r -> Optional.ofNullable(r.value1()));
    }

    /** The ticket a channel's request already opened. */
    public Optional<IntakeResult> byChannelReference(long channelId, String channelReference) {
        return dsl.select(TICKET.CODE, TICKET.ASSIGNEE).from(TICKET)
                .where(TICKET.CHANNEL_ID.eq(channelId), TICKET.CHANNEL_REFERENCE.eq(channelReference))
                .fetchOptional(r -> new IntakeResult(r.value1(), r.value2(), true));
    }

    public List<String> codesStartingWith(String prefix) {
        return dsl.select(TICKET.CODE).from(TICKET).where(TICKET.CODE.startsWith(prefix)).fetch(TICKET.CODE);
    }

    /** The ids of the given SKUs that exist. */
    public Set<Long> existingSkus(Collection<Long> skuIds) {
        return new HashSet<>(dsl.select(SKU.ID).from(SKU).where(SKU.ID.in(skuIds)).fetch(SKU.ID));
    }

    public Map<String, Long> skuIdsByCode(Collection<String> codes) {
        return dsl.select(SKU.CODE, SKU.ID).from(SKU).where(SKU.CODE.in(codes)).fetchMap(SKU.CODE, SKU.ID);
    }
}
