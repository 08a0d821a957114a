package io.storedesk.dashboard.anomaly;

import static io.storedesk.store.schema.Tables.CATEGORY;
import static io.storedesk.store.schema.Tables.CHANNEL;
import static io.storedesk.store.schema.Tables.ORDERS;
import static io.storedesk.store.schema.Tables.ORDER_LINE;
import static io.storedesk.store.schema.Tables.PRODUCT;
import static io.storedesk.store.schema.Tables.REFUND;
import static io.storedesk.store.schema.Tables.SHIPMENT;
import static io.storedesk.store.schema.Tables.SKU;
import static io.storedesk.store.schema.Tables.SYNC_RUN;
import static io.storedesk.store.schema.Tables.WAREHOUSE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;

/** What the anomaly scan reads from the store itself: the refunds of days, and when the store last heard of sales. */
public final class AnomalyRepository {

    private static final int FETCH_SIZE = 5_000;

    private final DSLContext dsl;

    public AnomalyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The latest moment the store heard of its sales: the last order placed, or the last channel sync that
     * finished with its orders pulled (OK or PARTIAL; a failed run says nothing); empty when there is neither.
     */
    public Optional<Instant> lastNews() {
        Instant order = dsl.select(max(ORDERS.PLACED_AT)).from(ORDERS).fetchOne().value1();
        Instant sync = dsl.select(max(SYNC_RUN.FINISHED_AT)).from(SYNC_RUN)
                .where(SYNC_RUN.STATUS.in("OK", "PARTIAL")).fetchOne().value1();
        return Stream.of(order, sync).filter(Objects::nonNull).max(Comparator.naturalOrder());
    }

    /**
     * The warehouse a line left from: its own when routing set one, otherwise its order's first shipment's
     * (a refund without a line takes its order's; split shipments are rare, and a line counts in one warehouse).
     */
    private static Field<String> warehouseOfLine() {
        var shipped = WAREHOUSE.as("shipped_from");
        return coalesce(field(select(WAREHOUSE.NAME).from(WAREHOUSE).where(WAREHOUSE.ID.eq(ORDER_LINE.WAREHOUSE_ID))),
                field(select(shipped.NAME).from(SHIPMENT).join(shipped).on(shipped.ID.eq(SHIPMENT.WAREHOUSE_ID))
                        .where(SHIPMENT.ORDER_ID.eq(ORDERS.ID), SHIPMENT.STATUS.ne("CANCELLED"))
                        .orderBy(SHIPMENT.ID).limit(1)));
    }

    /** Every refund dated in [from, to), handed over one at a time. */
    public void refunds(Instant from, Instant to, Consumer<RefundFact> each) {
        try (var rows = dsl.select(REFUND.REFUNDED_AT, CHANNEL.NAME, CATEGORY.NAME, warehouseOfLine(),
                        REFUND.AMOUNT)
                .from(REFUND)
                .join(ORDERS).on(ORDERS.ID.eq(REFUND.ORDER_ID))
                .join(CHANNEL).on(CHANNEL.ID.eq(ORDERS.CHANNEL_ID))
                .leftJoin(ORDER_LINE).on(ORDER_LINE.ID.eq(REFUND.ORDER_LINE_ID))
                .leftJoin(SKU).on(SKU.ID.eq(ORDER_LINE.SKU_ID))
                .leftJoin(PRODUCT).on(PRODUCT.ID.eq(SKU.PRODUCT_ID))
                .leftJoin(CATEGORY).on(CATEGORY.ID.eq(PRODUCT.CATEGORY_ID))
                .where(REFUND.REFUNDED_AT.ge(from), REFUND.REFUNDED_AT.lt(to))
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            for (var r : rows) {
                each.accept(new RefundFact(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
            }
        }
    }
}
