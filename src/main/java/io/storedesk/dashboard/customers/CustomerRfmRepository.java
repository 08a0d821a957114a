package io.storedesk.dashboard.customers;

import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.CUSTOMER;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/** Per-customer buying aggregated in the database, so that scoring reads one row per customer, not per order. */
public final class CustomerRfmRepository {

    private final DSLContext dsl;

    public CustomerRfmRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every identified customer (guest orders have no customer and are left out) with at least one order placed
     * in [from, to) that has a sold line (quantity > 0 and unit price > 0): the last such order, how many, and
     * Σ quantity × unit price of their sold lines. Orders are summed first, then customers, in one statement.
     */
    public List<CustomerActivity> activity(Instant from, Instant to) {
        Field<Long> customerId = ORDERS.CUSTOMER_ID.as("customer_id");
        Field<Instant> placedAt = ORDERS.PLACED_AT.as("placed_at");
        Field<BigDecimal> gross = sum(ORDER_LINE.QUANTITY.times(ORDER_LINE.UNIT_PRICE)).as("gross");
        Table<?> sold = dsl.select(customerId, placedAt, gross)
                .from(ORDERS)
                .join(ORDER_LINE).on(ORDER_LINE.ORDER_ID.eq(ORDERS.ID))
                .where(ORDERS.CUSTOMER_ID.isNotNull(), ORDERS.PLACED_AT.ge(from), ORDERS.PLACED_AT.lt(to),
                        ORDER_LINE.QUANTITY.gt(0), ORDER_LINE.UNIT_PRICE.gt(BigDecimal.ZERO))
                .groupBy(ORDERS.ID, ORDERS.CUSTOMER_ID, ORDERS.PLACED_AT)
                .asTable("sold");
        Field<Long> soldCustomer = sold.field(customerId);
        Field<Instant> soldPlaced = sold.field(placedAt);
        Field<BigDecimal> soldGross = sold.field(gross);
        return dsl.select(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.PHONE, CUSTOMER.EMAIL, CHANNEL.NAME, max(soldPlaced),
                        count(), sum(soldGross))
                .from(sold)
                .join(CUSTOMER).on(CUSTOMER.ID.eq(soldCustomer))
                .leftJoin(CHANNEL).on(CHANNEL.ID.eq(CUSTOMER.CHANNEL_ID))
                .groupBy(CUSTOMER.ID, CUSTOMER.NAME, CUSTOMER.PHONE, CUSTOMER.EMAIL, CHANNEL.NAME)
                .orderBy(CUSTOMER.ID)
                .fetch(r -> new CustomerActivity(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8()));
    }
}
