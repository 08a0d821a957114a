package io.storedesk.dashboard;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.REFUND;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/** The facts the dashboard figures are computed from, straight from orders and refunds. */
public final class KpiRepository {

    private final DSLContext dsl;

    public KpiRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Per order placed in [from, to) with at least one sold line (quantity > 0 and unit price > 0). */
    public List<SaleFact> sales(Instant from, Instant to) {
        return dsl.select(ORDERS.PLACED_AT, CHANNEL.NAME, sum(ORDER_LINE.QUANTITY),
                        sum(ORDER_LINE.UNIT_PRICE.times(ORDER_LINE.QUANTITY)))
                .from(ORDERS)
                .join(CHANNEL).on(CHANNEL.ID.eq(ORDERS.CHANNEL_ID))
                .join(ORDER_LINE).on(ORDER_LINE.ORDER_ID.eq(ORDERS.ID))
                .where(ORDERS.PLACED_AT.ge(from), ORDERS.PLACED_AT.lt(to),
                        ORDER_LINE.QUANTITY.gt(0), ORDER_LINE.UNIT_PRICE.gt(BigDecimal.ZERO))
                .groupBy(ORDERS.ID, ORDERS.PLACED_AT, CHANNEL.NAME)
                .fetch(r -> new SaleFact(r.value1(), r.value2(), r.value3().longValueExact(), r.value4()));
    }

    /** Every refund dated in [from, to). */
    public List<RefundFact> refunds(Instant from, Instant to) {
        return dsl.select(REFUND.REFUNDED_AT, CHANNEL.NAME, REFUND.AMOUNT)
                .from(REFUND)
                .join(ORDERS).on(ORDERS.ID.eq(REFUND.ORDER_ID))
                .join(CHANNEL).on(CHANNEL.ID.eq(ORDERS.CHANNEL_ID))
                .where(REFUND.REFUNDED_AT.ge(from), REFUND.REFUNDED_AT.lt(to))
                .fetch(r -> new RefundFact(r.value1(), r.value2(), r.value3()));
    }
}
