package io.storedesk.orders;

import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;

import io.storedesk.store.Chunks;
import io.storedesk.store.schema.tables.records.OrdersRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** What order review (审单) and merging read and write: waiting orders, their phones' recent orders, holds. */
public final class ReviewRepository {

    private final DSLContext dsl;

    public ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Orders not yet routed and not merged: PAID and ON_HOLD (onlyUnreviewed: PAID orders the rules have not
     * passed yet), or those among orderIds. With their lines, oldest placed first.
     */
    public List<Order> waiting(Collection<Long> orderIds, boolean onlyUnreviewed) {
        Condition which = onlyUnreviewed
                ? ORDERS.STATUS.eq(OrderStatus.PAID.name()).and(ORDERS.REVIEWED_AT.isNull())
                : ORDERS.STATUS.in(OrderStatus.PAID.name(), OrderStatus.ON_HOLD.name());
        Condition chosen = orderIds == null ? DSL.noCondition() : ORDERS.ID.in(orderIds);
        // Merged orders are left out here, not in the statement: beside MERGED_INTO_ID IS NULL, H2 reads every
        // order of the shop through that index instead of the few waiting ones through the status index.
        List<OrdersRecord> orders = dsl.selectFrom(ORDERS).where(which, chosen)
                .orderBy(ORDERS.PLACED_AT, ORDERS.ID).fetch().stream().filter(o -> o.getMergedIntoId() == null)
                .toList();
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, List<OrderLine>> lines = new HashMap<>();
        Map<Long, String> currencies = new HashMap<>();
        orders.forEach(o -> currencies.put(o.getId(), o.getCurrency()));
        List<Long> ids = orders.stream().map(OrdersRecord::getId).toList();
        for (List<Long> chunk : Chunks.of(ids)) {
            dsl.selectFrom(ORDER_LINE).where(ORDER_LINE.ORDER_ID.in(Chunks.inlined(chunk)))
                    .orderBy(ORDER_LINE.ORDER_ID, ORDER_LINE.LINE_NO)
                    .forEach(l -> lines.computeIfAbsent(l.getOrderId(), k -> new ArrayList<>())
                            .add(OrderRepository.toLine(l, currencies.get(l.getOrderId()))));
        }
        return orders.stream().map(o -> OrderRepository.toOrder(o, lines.getOrDefault(o.getId(), List.of())))
                .toList();
    }

    /** Orders (any status) to the given receiver phones placed from since on, as (id, phone, placed at). */
    public List<PhoneOrder> ordersByPhone(Collection<String> phones, Instant since) {
        List<PhoneOrder> result = new ArrayList<>();
        for (List<String> chunk : Chunks.of(phones)) {
            dsl.select(ORDERS.ID, ORDERS.RECEIVER_PHONE, ORDERS.PLACED_AT).from(ORDERS)
                    .where(ORDERS.RECEIVER_PHONE.in(chunk),
                            ORDERS.PLACED_AT.ge(since))
                    .forEach(r -> result.add(new PhoneOrder(r.value1(), r.value2(), r.value3())));
        }
        return result;
    }

    /** Marks orders as passed by the review rules. */
    public void markReviewed(Collection<Long> orderIds, String user, Instant at) {
        for (List<Long> chunk : Chunks.of(orderIds)) {
            dsl.update(ORDERS).set(ORDERS.REVIEWED_AT, at).set(ORDERS.REVIEWED_BY, user)
                    .where(ORDERS.ID.in(chunk)).execute();
        }
    }

    /**
     * Holds (status ON_HOLD with the code and its note) or releases (status PAID, no hold) an order if it still
     * has the version read; reviewed now either way, so a released hold is not raised again. False otherwise.
     */
    public boolean setHold(long orderId, int version, String holdCode, String note, String user, Instant at) {
        return dsl.update(ORDERS)
                .set(ORDERS.STATUS, holdCode == null ? OrderStatus.PAID.name() : OrderStatus.ON_HOLD.name())
                .set(ORDERS.HOLD_REASON, holdCode)
                .set(ORDERS.ROUTE_NOTE, note)
                .set(ORDERS.REVIEWED_AT, at)
                .set(ORDERS.REVIEWED_BY, user)
                .set(ORDERS.VERSION, ORDERS.VERSION.plus(1))
                .set(ORDERS.UPDATED_AT, at)
                .set(ORDERS.UPDATED_BY, user)
                .where(ORDERS.ID.eq(orderId), ORDERS.VERSION.eq(version))
                .execute() == 1;
    }

    /** Merges orders into a target: MERGED, pointing at it; only orders still waiting. Answers how many. */
    public int merge(long targetId, Collection<Long> orderIds, String user, Instant at) {
        return dsl.update(ORDERS)
                .set(ORDERS.STATUS, OrderStatus.MERGED.name())
                .set(ORDERS.MERGED_INTO_ID, targetId)
                .set(ORDERS.VERSION, ORDERS.VERSION.plus(1))
                .set(ORDERS.UPDATED_AT, at)
                .set(ORDERS.UPDATED_BY, user)
                .where(ORDERS.ID.in(orderIds), ORDERS.STATUS.in(OrderStatus.PAID.name(), OrderStatus.ON_HOLD.name()),
                        ORDERS.MERGED_INTO_ID.isNull(), ORDERS.ID.ne(targetId))
                .execute();
    }

    /** Who changed the order last, when, and the state it is in now (the row's own columns). */
    public Optional<OrderChange> lastChange(long orderId) {
        return dsl.select(ORDERS.EXTERNAL_ID, ORDERS.UPDATED_BY, ORDERS.UPDATED_AT, ORDERS.STATUS).from(ORDERS)
                .where(ORDERS.ID.eq(orderId))
                .fetchOptional(r -> new OrderChange(orderId, r.value1(), r.value2(), r.value3(),
                        OrderStatus.valueOf(r.value4())));
    }

    /** One order to a phone. */
    public record PhoneOrder(long orderId, String phone, Instant placedAt) {
    }
}
